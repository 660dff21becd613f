"""Errors of an encrypted database: the key is missing or wrong. Both are bad input (exit 2), never "corrupt"."""

from __future__ import annotations

from desktop_app.core.errors import DatabaseProblem, InvalidInput


class KeyMissing(DatabaseProblem):
    """The file is encrypted and neither this user account's keyring nor the command gave its key.

    Without a key an encrypted file cannot be told from one damaged beyond recognition; the
    sentence says the likely case and that nothing was changed.
    """

    reason = "key_missing"

    def __init__(self, path: str) -> None:
        super().__init__("key_missing", path)
        self.message = (
            f"{path} is encrypted and this user account holds no key for it; the admin's recovery key "
            "opens it (hadir restore FILE --recovery-key KEY). The file was left as it was."
        )
        self.args = (self.message,)


class WrongKey(DatabaseProblem):
    """A key was given (or found) but does not open the file."""

    reason = "wrong_key"

    def __init__(self, path: str) -> None:
        super().__init__("wrong_key", path)
        self.message = (
            f"the key does not open {path}: check the recovery key (52 letters and digits in groups "
            "of four). The file was left as it was."
        )
        self.args = (self.message,)


class KeyringUnavailable(InvalidInput):
    """The operating system offers no place to keep the key, so the file is not encrypted."""

    reason = "keyring_unavailable"

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"this computer offers no keyring for the database key ({detail}); nothing was encrypted"
        )
        self.detail = detail

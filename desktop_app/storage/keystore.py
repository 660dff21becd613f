"""Where a database's key is kept: the operating system's keyring, for this user account.

The `keyring` library picks Windows Credential Manager, the macOS Keychain or the Secret Service
on Linux, so the desk opens an encrypted file with no second password. `HADIR_KEYRING_FILE`
names a JSON file to use instead (tests use one in a temporary folder, never the machine's own).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from desktop_app.core.encryption_errors import KeyringUnavailable

log = logging.getLogger(__name__)
SERVICE = "Hadir database key"
FILE_ENV = "HADIR_KEYRING_FILE"


def _file_keyring(path: Path) -> Any:
    from keyring.backend import KeyringBackend

    class FileKeyring(KeyringBackend):
        """Passwords in a JSON file readable by its owner only (for tests and portable use)."""

        priority = 1  # type: ignore[assignment]

        def _read(self) -> dict[str, str]:
            return json.loads(path.read_text("utf-8")) if path.exists() else {}

        def _write(self, data: dict[str, str]) -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(path.name + ".partial")
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            partial.replace(path)

        def get_password(self, service: str, username: str) -> str | None:
            return self._read().get(f"{service}\n{username}")

        def set_password(self, service: str, username: str, password: str) -> None:
            data = self._read()
            data[f"{service}\n{username}"] = password
            self._write(data)

        def delete_password(self, service: str, username: str) -> None:
            data = self._read()
            data.pop(f"{service}\n{username}", None)
            self._write(data)

    return FileKeyring()


def _backend() -> Any:
    if os.environ.get(FILE_ENV):
        return _file_keyring(Path(os.environ[FILE_ENV]))
    import keyring

    return keyring.get_keyring()


def backend_name() -> str:
    """The keyring that keeps database keys for this account, by name (`fail Keyring`: none)."""
    backend = _backend()
    return str(getattr(backend, "name", type(backend).__name__))


def _account(db_path: Path) -> str:
    return str(db_path.expanduser().resolve())


def load_key(db_path: Path) -> bytes | None:
    """The key this user account keeps for the database file, or None."""
    try:
        text = _backend().get_password(SERVICE, _account(db_path))
    except Exception as exc:  # no keyring daemon, a locked keychain: as if there were no key
        log.warning("keyring not readable: %s", type(exc).__name__)
        return None
    return bytes.fromhex(text) if text else None


def save_key(db_path: Path, key: bytes) -> None:
    """Keep the key for the database file (before the file is encrypted with it).

    Raises:
        KeyringUnavailable: the system offers no keyring (then nothing gets encrypted).
    """
    try:
        backend = _backend()
        backend.set_password(SERVICE, _account(db_path), key.hex())
        if backend.get_password(SERVICE, _account(db_path)) != key.hex():
            raise KeyringUnavailable("the key did not read back")
    except KeyringUnavailable:
        raise
    except Exception as exc:
        raise KeyringUnavailable(type(exc).__name__) from None


def forget_key(db_path: Path) -> None:
    """Remove the kept key (after the file was decrypted)."""
    try:
        _backend().delete_password(SERVICE, _account(db_path))
    except Exception as exc:
        log.warning("key not removed from the keyring: %s", type(exc).__name__)

"""Encrypting a database file at rest (SQLCipher), its key kept by the OS for this user account.

The caller closes the database first (the file is rewritten). The automatic backups beside it
are converted too, so no plain copy of an encrypted database stays in its backup folder.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import InvalidInput
from desktop_app.storage.encryption import (
    DB_ERRORS,
    convert_in_place,
    is_encrypted,
    new_key,
    parse_recovery,
    recovery_text,
)
from desktop_app.storage.keystore import forget_key, load_key, save_key

log = logging.getLogger(__name__)
BACKUP_GLOB = "hadir-*.db"


@dataclass(frozen=True)
class EncryptionResult:
    """What a conversion did; `recovery_key` is shown once (only after encrypting)."""

    path: Path
    encrypted: bool
    backups: int
    recovery_key: str | None = None


def _convert_backups(folder: Path, key_in: bytes | None, key_out: bytes | None) -> int:
    done = 0
    for path in sorted(folder.glob(BACKUP_GLOB)) if folder.is_dir() else []:
        if is_encrypted(path) == (key_out is not None):
            continue  # already in the wanted form
        try:
            convert_in_place(path, key_in, key_out)
            done += 1
        except (OSError, InvalidInput, *DB_ERRORS) as exc:  # another key: an old laptop's copy
            log.warning("backup %s not converted: %s", path.name, type(exc).__name__)
    return done


def encrypt_database(path: Path, backup_dir: Path) -> EncryptionResult:
    """Encrypt the closed database file in place with a new key kept in this account's keyring.

    Raises:
        InvalidInput: already encrypted. KeyringUnavailable: nowhere to keep the key (nothing changes).
    """
    path = path.expanduser().resolve()
    if is_encrypted(path):
        raise InvalidInput(f"{path} is already encrypted")
    key = new_key()
    save_key(path, key)  # first: a crash after the rename must still find the key
    try:
        convert_in_place(path, None, key)
    except BaseException:
        forget_key(path)
        raise
    backups = _convert_backups(backup_dir, None, key)
    return EncryptionResult(path, True, backups, recovery_text(key))


def decrypt_database(path: Path, backup_dir: Path, recovery_key: str | None = None) -> EncryptionResult:
    """Turn the closed, encrypted database file back into a plain SQLite file (and its backups).

    Raises:
        InvalidInput: not encrypted. KeyMissing, WrongKey: no key opens it (nothing changes).
    """
    path = path.expanduser().resolve()
    if not is_encrypted(path):
        raise InvalidInput(f"{path} is not encrypted")
    key = parse_recovery(recovery_key) if recovery_key else load_key(path)
    convert_in_place(path, key, None)
    backups = _convert_backups(backup_dir, key, None)
    forget_key(path)
    return EncryptionResult(path, False, backups)


def adopt_recovery_key(path: Path, recovery_key: str) -> None:
    """Keep a recovery key in this account's keyring, so this laptop opens the file from now on."""
    save_key(path.expanduser().resolve(), parse_recovery(recovery_key))

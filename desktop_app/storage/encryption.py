"""SQLCipher files: opening one with its key, and converting a file in place, crash-safe.

A key is 32 random bytes used as SQLCipher's raw key (AES-256; no passphrase stretching on
every connection, so the desk stays as fast as with a plain file). The recovery key is the
same 32 bytes written for people: 52 letters and digits in groups of four.

A conversion writes the new file beside the old one (`sqlcipher_export`), checks it opens with
the new key, then renames it over the old one: a crash before the rename leaves the old file
as it was, a crash after it leaves the new one complete.
"""

from __future__ import annotations

import base64
import os
import secrets
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from desktop_app.core.encryption_errors import KeyMissing, WrongKey
from desktop_app.core.errors import InvalidInput

try:  # errors of either driver, for the places that turn them into DatabaseProblem
    from sqlcipher3 import dbapi2 as _cipher

    DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, _cipher.Error)
except ImportError:  # pragma: no cover - the wheel is a dependency; plain files still work
    DB_ERRORS = (sqlite3.Error,)

KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
CONVERTING = ".converting"


def new_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def recovery_text(key: bytes) -> str:
    """The key as people write it down: `ABCD-EFGH-…` (52 characters of base32)."""
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes:
    """The key a recovery text stands for (spaces, dashes and case do not matter).

    Raises:
        InvalidInput: not a recovery key.
    """
    clean = "".join(ch for ch in text.upper() if ch.isalnum())
    clean = clean.replace("0", "O").replace("1", "I").replace("8", "B")  # what people misread
    try:
        key = base64.b32decode(clean + "=" * (-len(clean) % 8))
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise InvalidInput("a recovery key is 52 letters and digits in groups of four (ABCD-EFGH-…)")
    return key


def is_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite but has the shape of an SQLCipher file.

    Without the key an encrypted file cannot be told from noise. SQLCipher always writes whole
    pages (a multiple of 512 bytes) and starts the file with a random 16-byte salt, so a short
    file, or one that starts with text or zeros, is still called corrupt.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return size >= 1024 and size % 512 == 0 and head != SQLITE_HEADER and len(set(head)) >= 12


def _pragma_key(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes | None, *, readonly: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection: sqlite3 for a plain file, SQLCipher with the key applied otherwise.

    Raises:
        WrongKey: the key does not open the file.
    """
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    if key is None:
        return sqlite3.connect(uri, uri=True, **kwargs)
    conn = cipher_connect(uri, key, uri=True, **kwargs)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongKey(str(path)) from None
        raise
    return conn


def cipher_connect(database: str, key: bytes | None, **kwargs: Any) -> Any:
    """An SQLCipher connection with the key (if any) applied first, as SQLCipher requires."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(database, **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our sentence, not SQLCipher's log
    if key is not None:
        conn.execute(_pragma_key(key))
    return conn


def cipher_version() -> str | None:
    """SQLCipher's version, or None when this installation has no SQLCipher (no encryption at rest)."""
    try:
        with closing(cipher_connect(":memory:", None)) as conn:
            row = conn.execute("PRAGMA cipher_version").fetchone()
    except (ImportError, OSError):
        return None
    return str(row[0]) if row and row[0] else None


def convert_file(source: Path, target: Path, key_in: bytes | None, key_out: bytes | None) -> None:
    """Write `source` (opened with `key_in`) to a new file `target` encrypted with `key_out` (None: plain)."""
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    connect(source, key_in).close()  # a wrong key is said before anything is written
    with closing(cipher_connect(str(source), key_in, isolation_level=None)) as conn:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        target_key = f"\"x'{key_out.hex()}'\"" if key_out else "''"
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {target_key}", (str(target),))
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    with closing(connect(target, key_out)) as check:
        verdict = check.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        raise InvalidInput(
            f"the converted copy of {source.name} did not check out ({verdict}); nothing changed"
        )
    _fsync(target)


def convert_in_place(path: Path, key_in: bytes | None, key_out: bytes | None) -> None:
    """Encrypt, decrypt or re-key the (closed) database file `path`, crash-safe.

    The old file's WAL is folded in first; the new file replaces it in one rename.
    """
    if key_in is None and is_encrypted(path):
        raise KeyMissing(str(path))
    with closing(connect(path, key_in)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial = path.with_name(path.name + CONVERTING)
    try:
        convert_file(path, partial, key_in, key_out)
        os.replace(partial, path)
    except BaseException:  # the old file is whole; a crash instead leaves the partial for next time
        partial.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm"):  # the old file's, empty after the checkpoint
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    _fsync(path.parent)


def _fsync(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

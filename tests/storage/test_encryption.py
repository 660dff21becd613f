"""SQLCipher files: keys, recovery texts, and conversions that a crash cannot half-do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select
from storage_helpers import add_person, digest, siblings

from desktop_app.core.encryption_errors import KeyMissing, WrongKey
from desktop_app.core.errors import InvalidInput
from desktop_app.services.privacy.encryption import encrypt_database
from desktop_app.storage import encryption
from desktop_app.storage.database import open_database
from desktop_app.storage.encryption import (
    convert_in_place,
    is_encrypted,
    new_key,
    parse_recovery,
    recovery_text,
)
from desktop_app.storage.keystore import load_key
from desktop_app.storage.models import Person


def test_a_recovery_key_reads_back_however_it_is_typed() -> None:
    key = new_key()
    text = recovery_text(key)
    assert len(text.replace("-", "")) == 52 and text.count("-") == 12
    assert parse_recovery(text) == key
    assert parse_recovery(" " + text.lower().replace("-", " ") + " ") == key
    assert parse_recovery(text.replace("O", "0").replace("I", "1")) == key  # misread letters
    for bad in ("", "ABCD-EFGH", text + "AAAA", "héllo"):
        with pytest.raises(InvalidInput):
            parse_recovery(bad)


def test_an_encrypted_database_opens_with_the_kept_key_and_not_without(db_path: Path, monkeypatch) -> None:
    db = open_database(db_path)
    add_person(db)
    db.close()
    done = encrypt_database(db_path, db_path.parent / "backups")
    assert is_encrypted(db_path) and siblings(db_path) == [db_path.name]
    assert load_key(db_path) == parse_recovery(done.recovery_key)

    db = open_database(db_path)  # the keyring's key: no prompt
    with db.session() as s:
        assert s.scalar(select(Person.nik)) is not None
    db.close()

    before = digest(db_path)
    monkeypatch.setenv("HADIR_KEYRING_FILE", str(db_path.parent / "empty-keyring.json"))
    with pytest.raises(KeyMissing):
        open_database(db_path)
    with pytest.raises(WrongKey):
        open_database(db_path, key=new_key())
    assert digest(db_path) == before and siblings(db_path) == [db_path.name]
    db = open_database(db_path, key=parse_recovery(done.recovery_key))
    db.close()


@pytest.mark.parametrize("step", ["export", "rename"])
def test_a_conversion_that_dies_leaves_the_old_file_whole(db_path: Path, monkeypatch, step: str) -> None:
    db = open_database(db_path)
    add_person(db)
    db.close()
    convert_in_place(db_path, None, None)  # folds the WAL in, so the digest below is the file's all
    before = digest(db_path)

    def die(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(
        encryption, "convert_file" if step == "export" else "os", _Dying(die) if step == "rename" else die
    )
    with pytest.raises(OSError):
        convert_in_place(db_path, None, new_key())
    assert digest(db_path) == before and not is_encrypted(db_path)
    assert siblings(db_path) == [db_path.name]  # no half-written .converting left behind
    db = open_database(db_path)
    db.close()


class _Dying:
    """`os` whose rename fails (the power went just before the new file took the old one's place)."""

    def __init__(self, die) -> None:  # type: ignore[no-untyped-def]
        self._die = die

    def replace(self, *args: object) -> None:
        self._die(*args)

    def __getattr__(self, name: str) -> object:
        return getattr(os, name)

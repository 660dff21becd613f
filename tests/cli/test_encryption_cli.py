"""Encryption at rest: `hadir db encrypt|decrypt`, the key in this account's keyring, the recovery key."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pytest

from desktop_app.paths import AppPaths
from desktop_app.services.operators.service import OperatorService
from desktop_app.storage.database import open_database

NIK = "3311014101900001"
# What a thief would look for: NIKs of the demo's regency, its people's names, phones.
SECRETS = (b"3311", b"Santoso", b"Wahyuni", b"+628", b"Sukoharjo")


def strings(path: Path) -> str:
    """`strings` as the attacker runs it."""
    return subprocess.run(
        ["strings", "-n", "4", str(path)], capture_output=True, text=True, check=True
    ).stdout


def leaks(path: Path) -> list[bytes]:
    text = strings(path).encode()
    return [s for s in SECRETS if s in text]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(hadir, tmp_path: Path):  # type: ignore[no-untyped-def]
    paths = AppPaths.resolve()
    assert hadir("demo", "--people", "120", "--json").code == 0
    assert leaks(paths.db_path)  # the test can fail: a plain database shows them
    return paths


def test_an_encrypted_database_and_its_backups_show_no_personal_data(hadir, office, tmp_path: Path) -> None:
    done = hadir("db", "encrypt", "--json")
    assert done.code == 0, done.err
    key = done.data["recovery_key"]
    assert re.fullmatch(r"([A-Z2-7]{4}-){12}[A-Z2-7]{4}", key)
    backup = tmp_path / "salinan.db"
    assert hadir("backup", "-o", backup, "--json").code == 0
    files = [office.db_path, backup, *office.backup_dir.glob("*.db")]
    assert len(files) >= 3
    for path in files:
        assert leaks(path) == [], path.name
    # The same account opens it without a prompt, the window and the command line alike.
    listed = hadir("event", "list", "--json")
    assert listed.code == 0 and listed.data["events"][0]["sessions"]
    again = hadir("checkin", "--session", 1, "--nik", NIK, "--json")
    assert again.code in (0, 3) and again.data.get("reason") != "key_missing"


def test_another_account_gets_exit_2_and_a_sentence_and_the_file_stays(
    hadir, office, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert hadir("db", "encrypt", "--json").code == 0
    before = digest(office.db_path)
    monkeypatch.setenv("HADIR_KEYRING_FILE", str(tmp_path / "another-account.json"))  # an empty keyring

    refused = hadir("event", "list", "--json")

    assert refused.code == 2 and refused.data["reason"] == "key_missing"
    assert "encrypted" in refused.data["message"] and "recovery key" in refused.data["message"]
    assert "corrupt" not in refused.out + refused.err
    assert digest(office.db_path) == before


def test_the_recovery_key_opens_a_copy_anywhere_and_a_wrong_one_is_exit_2(
    hadir, office, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    key = hadir("db", "encrypt", "--json").data["recovery_key"]
    monkeypatch.setenv("HADIR_KEYRING_FILE", str(tmp_path / "other-laptop.json"))
    other = ("--db", tmp_path / "laptop" / "hadir.db")
    wrong = "AAAA" + key[4:] if not key.startswith("AAAA") else "BBBB" + key[4:]

    bad = hadir(*other, "restore", office.db_path, "--recovery-key", wrong, "--json")
    assert bad.code == 2 and bad.data["reason"] == "wrong_key"
    assert hadir(*other, "event", "list", "--json").data["events"] == []

    typed = key.lower().replace("-", " ")  # as someone types it from the sheet
    done = hadir(*other, "restore", office.db_path, "--recovery-key", typed, "--json")
    assert done.code == 0, done.err
    assert hadir(*other, "event", "list", "--json").data["events"]


def test_decrypt_gives_back_a_plain_file_and_a_desk_operator_may_do_neither(hadir, office) -> None:
    db = open_database(office.db_path)
    operators = OperatorService(db)
    operators.add_operator("Rina", "1357", operators.create_admin("Sri Admin", "2468").id)
    db.close()
    refused = hadir("--operator", "Rina", "db", "encrypt", "--json")
    assert refused.code == 3 and refused.data["reason"] == "not_allowed"
    assert office.db_path.read_bytes()[:16] == b"SQLite format 3\x00"

    assert hadir("db", "encrypt", "--json").code == 0
    assert not leaks(office.db_path)
    assert hadir("--operator", "Rina", "db", "decrypt", "--json").code == 3
    done = hadir("db", "decrypt", "--json")
    assert done.code == 0 and done.data["encrypted"] is False
    assert office.db_path.read_bytes()[:16] == b"SQLite format 3\x00" and leaks(office.db_path)
    assert hadir("event", "list", "--json").data["events"]


def test_the_recovery_sheet_holds_the_key_in_letters_and_as_a_qr_code(hadir, office, tmp_path: Path) -> None:
    sheet = tmp_path / "kunci.pdf"
    done = hadir("db", "encrypt", "--recovery-sheet", sheet, "--json")
    key = done.data["recovery_key"]
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kunci Pemulihan" in text and all(group in text for group in key.split("-"))
    fonts = subprocess.run(["pdffonts", str(sheet)], capture_output=True, text=True, check=True).stdout
    assert "Helvetica" not in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(sheet), str(tmp_path / "page")], check=True)
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page-1.png")], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert scanned == key


def test_encrypting_twice_is_exit_2(hadir, office) -> None:
    assert hadir("db", "encrypt", "--json").code == 0
    again = hadir("db", "encrypt", "--json")
    assert again.code == 2 and "already encrypted" in again.data["message"]

"""The window offers encryption on the first start (ticked), shows the recovery key once, prints it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop_app.app import run_window
from desktop_app.storage.encryption import is_encrypted, parse_recovery
from desktop_app.storage.keystore import load_key
from desktop_app.ui import dialogs_io
from desktop_app.ui.privacy import first_start
from desktop_app.ui.privacy.encryption_offer_dialog import EncryptionOfferDialog
from desktop_app.ui.privacy.recovery_key_dialog import RecoveryKeyDialog
from desktop_app.ui.signin import prompts


def test_the_offer_is_ticked_by_default(qtbot) -> None:
    dialog = EncryptionOfferDialog()
    qtbot.addWidget(dialog)
    assert dialog.encrypt_box.isChecked() and dialog.wants_encryption
    assert dialog.encrypt_box.text() == "Enkripsi basis data (disarankan)"


def test_first_start_encrypts_and_the_next_start_opens_without_a_prompt(
    tmp_path: Path, settings, dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "baru.db"
    shown_keys: list[str] = []
    monkeypatch.setattr(
        prompts, "ask_create_admin", lambda s: s.operators.create_admin("Sri Wahyuni", "2468")
    )
    monkeypatch.setattr(first_start, "ask_encrypt", lambda: True)
    monkeypatch.setattr(first_start, "show_recovery_key", lambda key, _services: shown_keys.append(key))

    assert run_window(str(db), settings=settings, exec_loop=False) == 0

    assert is_encrypted(db) and dialogs.errors == []
    [key] = shown_keys
    assert parse_recovery(key) == load_key(db)
    signed: list[str] = []
    monkeypatch.setattr(
        prompts, "ask_sign_in", lambda s, _last: signed.append("pin") or s.operators.by_name("Sri Wahyuni")
    )
    assert run_window(str(db), settings=settings, exec_loop=False) == 0
    assert signed == ["pin"] and dialogs.errors == []  # only the usual PIN; no second password


def test_declining_keeps_a_plain_database(tmp_path: Path, settings, dialogs, monkeypatch) -> None:
    db = tmp_path / "baru.db"
    monkeypatch.setattr(
        prompts, "ask_create_admin", lambda s: s.operators.create_admin("Sri Wahyuni", "2468")
    )
    assert run_window(str(db), settings=settings, exec_loop=False) == 0
    assert not is_encrypted(db) and db.read_bytes()[:6] == b"SQLite"


def test_the_recovery_key_dialog_prints_the_sheet(qtbot, tmp_path: Path, monkeypatch) -> None:
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"
    infos: list[str] = []
    monkeypatch.setattr(dialogs_io, "save_file", lambda *_: tmp_path / "kunci")
    monkeypatch.setattr(dialogs_io, "show_info", lambda _p, _t, text: infos.append(text))
    dialog = RecoveryKeyDialog(key, tmp_path / "hadir.db")
    qtbot.addWidget(dialog)
    assert "ABCD  EFGH  IJKL  MNOP  QRST" in dialog.key_label.text()

    dialog.print_button.click()

    assert dialog.sheet == tmp_path / "kunci.pdf" and infos and "kunci.pdf" in infos[0]
    text = subprocess.run(
        ["pdftotext", str(dialog.sheet), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert all(group in text for group in key.split("-"))

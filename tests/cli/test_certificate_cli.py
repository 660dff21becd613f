"""`hadir certificates` and `hadir verify`: the contract in DESIGN.md ("Command line")."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exports"))
from certificate_pdf_reading import needs_qr_tools, page_texts, qr_texts

Run = Callable[..., Any]


@pytest.fixture
def demo_db(hadir: Run, db_target: Path) -> Path:
    done = hadir("--db", db_target, "--json", "demo", "--people", 70)
    assert done.code == 0, done.err
    return db_target


def test_certificates_for_a_session_and_an_event(hadir: Run, demo_db: Path, tmp_path: Path) -> None:
    listed = hadir("--db", demo_db, "--json", "event", "list").data["events"][0]
    session = listed["sessions"][0]
    out = tmp_path / "out" / "batch1.pdf"
    done = hadir("--db", demo_db, "--json", "certificates", "--session", session["session_id"], "-o", out)
    assert done.code == 0, done.err
    assert done.data["certificates"] == session["attended"] == len(page_texts(out))
    assert done.data["path"] == str(out.resolve())

    everyone = sum(s["attended"] for s in listed["sessions"])
    each = tmp_path / "satu-satu"
    done = hadir(
        "--db",
        demo_db,
        "--json",
        "certificates",
        "--event",
        listed["event_id"],
        "-o",
        tmp_path / "all.pdf",
        "--each",
        each,
    )
    assert done.code == 0, done.err
    assert done.data["certificates"] == everyone == len(list(each.glob("*.pdf")))
    # Printing batch 1 numbered the whole event in batch order already; everyone kept their number.
    assert done.data["new"] == 0


@pytest.mark.parametrize(
    "args",
    [
        ("certificates", "-o", "x.pdf"),  # no scope
        ("certificates", "--session", "1", "--event", "1", "-o", "x.pdf"),
        ("certificates", "--session", "99", "-o", "x.pdf"),
        ("certificates", "--session", "1", "-o", "x.docx"),
        ("certificates", "--session", "1"),
    ],
)
def test_bad_input_exits_2_with_a_message(
    hadir: Run, demo_db: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    done = hadir(
        "--db", demo_db, "--json", *[str(tmp_path / a) if a.endswith((".pdf", ".docx")) else a for a in args]
    )
    assert done.code == 2
    assert done.data["status"] == "error"
    assert "Traceback" not in done.err


def test_no_attendees_is_refused(hadir: Run, demo_db: Path, tmp_path: Path) -> None:
    session = (
        "--date",
        "2021-03-01",
        "--start",
        "08:00",
        "--end",
        "10:00",
        "--venue",
        "Aula",
        "--capacity",
        "30",
    )
    new = hadir("--db", demo_db, "--json", "session", "add", "--event", 1, *session).data["session_id"]
    done = hadir("--db", demo_db, "--json", "certificates", "--session", new, "-o", tmp_path / "x.pdf")
    assert (done.code, done.data["reason"]) == (3, "no_attendees")


@needs_qr_tools
def test_verify_a_scanned_certificate_and_a_forgery(hadir: Run, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    assert hadir("--db", demo_db, "certificates", "--session", 2, "-o", out).code == 0
    [code] = qr_texts(out, 3, 3, tmp_path)
    good = hadir("--db", demo_db, "--json", "verify", code)
    assert good.code == 0, good.err
    assert good.data["valid"] is True
    assert good.data["name"] in page_texts(out)[2]
    assert good.data["number"] in page_texts(out)[2]
    assert good.data["event"] == "Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM dan Koperasi"
    assert good.data["session"] == 2 and good.data["date"].startswith("2021-")

    number = good.data["number"]
    changed = code.replace(number, number.replace("/", "-", 1))
    for forged, reason in [(changed, "forged"), (code[:-2] + "AA", "forged"), ("not a code", "malformed")]:
        bad = hadir("--db", demo_db, "--json", "verify", forged)
        assert (bad.code, bad.data["valid"], bad.data["reason"]) == (3, False, reason), forged
    prose = hadir("--db", demo_db, "verify", code)
    assert prose.code == 0 and "VALID" in prose.out


def test_verify_as_a_real_program_exits_3_for_garbage(hadir_process: Run, demo_db: Path) -> None:
    done = hadir_process("--db", demo_db, "--json", "verify", "HADIR1:001/SOS/II/2021:AAAAAAAAAAAAAAAA")
    assert done.code == 3
    assert done.data == {
        "valid": False,
        "reason": "forged",
        "message": "the code's signature does not match: forged or altered",
    }

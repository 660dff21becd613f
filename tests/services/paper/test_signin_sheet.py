"""The daftar hadir printed before the event: invitees in list order, empty rows up to capacity."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_words import needs_poppler, pdf_pages
from sqlalchemy import select

from desktop_app.core.errors import InvalidInput
from desktop_app.exports.letterhead import Signatory
from desktop_app.storage.models import AuditEntry, Invitation, Person

NAMES = ["Wahyu Pratama", "Ani Rahayu", "Bambang Susilo"]  # invited in this order, not alphabetical


@pytest.fixture
def invited(services, admin, make_session):  # type: ignore[no-untyped-def]
    _, session_id = make_session(capacity=12)
    with services.db.transaction() as s:
        for i, name in enumerate(NAMES, start=1):
            person = Person(name=name, nik=f"33110141019000{i:02d}", phone=f"+62812000000{i:02d}")
            s.add(person)
            s.flush()
            s.add(Invitation(session_id=session_id, person_id=person.id, code=f"HDR-SIGN-{i:04d}"))
    signatory = Signatory("Drs. Bambang Sutrisno, M.M.", "Kepala Dinas", "Pembina", "196604201992031008")
    services.settings.set_signatories([signatory], admin.id)
    return session_id


@needs_poppler
def test_invitees_in_list_order_then_numbered_rows_up_to_capacity(services, admin, invited, tmp_path) -> None:
    out = tmp_path / "daftar-hadir.pdf"
    done = services.paper.signin_sheet(invited, out, operator_id=admin.id)

    assert done.rows == 3
    text = " ".join(page.text for page in pdf_pages(out))
    positions = [text.index(name) for name in NAMES]
    assert positions == sorted(positions)  # the invitation list's order, nobody checked in yet
    assert "3311********0001" in text and "3311014101900001" not in text
    numbers = [w.text for page in pdf_pages(out) for w in page.words if w.x0 < 60 and w.text.isdigit()]
    assert numbers == [str(n) for n in range(1, 13)]  # 3 invitees + 9 empty rows = capacity 12
    assert "DAFTAR HADIR" in text and "Mengetahui," in text
    assert "Drs. Bambang Sutrisno, M.M." in text and "NIP. 19660420 199203 1 008" in text
    with services.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.details["document"] == "export_signin" and entry.details["rows"] == 3


def test_only_pdf(services, admin, invited, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        services.paper.signin_sheet(invited, tmp_path / "sheet.xlsx", operator_id=admin.id)

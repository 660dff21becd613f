"""The audit log's details in words: no `session_id: 13 · walk_in: false`, no `reasons: ["no_mask"]`."""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from desktop_app.core.errors import ScreeningFailed
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.ui.audit.audit_page import AuditPage
from desktop_app.ui.audit.audit_table_model import AuditColumn
from desktop_app.ui.worker import WorkerPool

RAW = re.compile(r"[a-z]+_[a-z_]+|\btrue\b|\bfalse\b|\[|\]|\"")


def test_every_detail_of_a_desk_day_is_said_in_indonesian(qtbot, services) -> None:
    sri = services.operators.create_admin("Sri Wahyuni", "2468")
    event = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), sri.id)
    session = services.events.add_session(
        SessionDraft(event, date(2021, 2, 16), time(9), time(12), "Aula Dinas", 1), sri.id
    )
    with services.db.transaction() as s:
        ids = [
            services.people.create_person(s, WalkInDraft(name=name, nik=nik), sri.id).id
            for name, nik in (("Sri Rahayu", "3311014101900001"), ("Budi Santoso", "3311010202850002"))
        ]
    with pytest.raises(ScreeningFailed):
        services.checkin.admit(AdmitRequest(session, ids[0], ScreeningAnswers(36.5, mask=False)), sri)
    services.checkin.admit(AdmitRequest(session, ids[0], ScreeningAnswers(36.5)), sri)
    services.checkin.admit(AdmitRequest(session, ids[1], ScreeningAnswers(36.5), "kursi tambahan"), sri)
    services.checkin.undo(session, ids[1], "salah orang", sri)

    page = AuditPage(services, sri.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    details = [page.model.index(r, AuditColumn.DETAILS).data() for r in range(page.model.rowCount())]
    text = "\n".join(details)
    assert "alasan: Tidak memakai masker" in text or "Tidak memakai masker" in text
    assert "tanpa undangan: ya" in text and "sesi: #" in text
    assert "alasan: kursi tambahan" in text
    for line in details:
        assert not RAW.search(line), line  # no raw key, no JSON


def test_the_window_and_the_command_line_say_the_same_indonesian_words() -> None:
    """`hadir audit export` (no Qt) writes the words the window shows and exports in Indonesian."""
    from desktop_app.exports.audit.words import AuditWords, indonesian_reason
    from desktop_app.ui.audit.audit_details import window_words

    window, cli = window_words(), AuditWords()
    assert dict(window.keys) == dict(cli.keys)
    assert dict(window.values) == dict(cli.values)
    assert dict(window.actions) == dict(cli.actions)
    assert dict(window.entities) == dict(cli.entities)
    assert (window.yes, window.no) == (cli.yes, cli.no)
    codes = ["fever", "no_mask", "symptom:cough", "symptom:contact", "pl:red", "pl:unknown"]
    assert [window.reason(c) for c in codes] == [indonesian_reason(c) for c in codes]


def test_every_detail_key_the_services_write_has_words() -> None:
    """A new audit detail written anywhere in the services gets its words here, not `new_thing: 3`."""
    import ast
    from pathlib import Path

    import desktop_app.services
    from desktop_app.exports.audit.words import ID_KEYS

    written = set()
    for path in Path(desktop_app.services.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "record":
                written |= {k.arg for k in node.keywords if k.arg}
    assert written and sorted(written - set(ID_KEYS)) == []

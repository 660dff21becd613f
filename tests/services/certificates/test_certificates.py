"""Certificates over a demo database: who gets one, their numbers, the files, verification, the template."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "exports"))
from certificate_pdf_reading import needs_qr_tools, page_texts, qr_texts

from desktop_app.core.certificate_code import make_code
from desktop_app.core.certificate_errors import NoAttendees
from desktop_app.core.certificate_template import Signatory
from desktop_app.core.errors import InvalidField, NotFound
from desktop_app.services.demo.service import generate_demo
from desktop_app.services.events.service import SessionDraft
from desktop_app.storage.models import Attendance, AuditEntry, Certificate, Person, Setting


@pytest.fixture
def demo(services, admin):  # type: ignore[no-untyped-def]
    result = generate_demo(services.db, services.district, people=60, operator_id=admin.id)
    return result


def _admitted(services, session_id: int) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        rows = s.execute(
            select(Person.id, Person.name)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.session_id == session_id, Attendance.undone_at.is_(None))
            .order_by(Person.id)
        )
        return [(pid, name) for pid, name in rows]


def _numbers(services) -> dict[tuple[int, int], str]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return {(c.session_id, c.person_id): c.number for c in s.scalars(select(Certificate))}


def test_only_people_admitted_and_not_undone_get_one(services, admin, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = services.events.list_sessions(demo.event_id)[0]
    people = _admitted(services, session.id)
    undone_id, undone_name = people[0]
    services.checkin.undo(session.id, undone_id, "salah orang", admin)
    expected = sorted(name for pid, name in people if pid != undone_id)

    result = services.certificates.generate(tmp_path / "s.pdf", session_id=session.id, operator_id=admin.id)

    assert result.count == len(expected) == services.certificates.count(session_id=session.id)
    texts = page_texts(result.path)
    assert len(texts) == len(expected)
    assert not any(undone_name in t for t in texts if undone_name not in expected)
    printed = sorted(name for name in expected if any(name in t for t in texts))
    assert printed == expected


def test_numbers_never_repeat_within_a_year_and_stay_on_regeneration(
    services, admin, demo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first, second = services.events.list_sessions(demo.event_id)[:2]
    services.certificates.generate(tmp_path / "a.pdf", session_id=first.id, operator_id=admin.id)
    services.certificates.generate(tmp_path / "b.pdf", session_id=second.id, operator_id=admin.id)
    numbers = _numbers(services)
    assert len(numbers) == first.attended + second.attended
    assert len(set(numbers.values())) == len(numbers)
    assert sorted(numbers.values())[0] == f"001/SOS-BPJSTK/II/{first.date.year}"

    again = services.certificates.generate(tmp_path / "c.pdf", event_id=demo.event_id, operator_id=admin.id)
    after = _numbers(services)
    assert {k: after[k] for k in numbers} == numbers  # the same people kept their numbers
    assert again.newly_numbered == len(after) - len(numbers)
    assert len(set(after.values())) == len(after)
    seqs = sorted(int(n.split("/")[0]) for n in after.values())
    assert seqs == list(range(1, len(after) + 1))


def test_a_new_year_starts_again_at_one(services, admin, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = services.events.list_sessions(demo.event_id)[0]
    services.certificates.generate(tmp_path / "a.pdf", session_id=first.id, operator_id=admin.id)
    draft = SessionDraft(demo.event_id, date(2022, 3, 8), time(9), time(12), "Aula Baru", 30)
    later = services.events.add_session(draft, admin.id)
    person_id = _admitted(services, first.id)[0][0]
    with services.db.transaction() as s:
        s.add(Attendance(session_id=later, person_id=person_id))
    issued, new = services.certificates.issue(session_id=later, operator_id=admin.id)
    assert new == 1
    assert issued[0].number == "001/SOS-BPJSTK/III/2022"


def test_one_file_per_person_with_safe_names(services, admin, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = services.events.list_sessions(demo.event_id)[0]
    person_id = _admitted(services, session.id)[0][0]
    with services.db.transaction() as s:
        s.get(Person, person_id).name = 'Sri "Ayu" Wahyuni / CON\\AUX:*?'
    seen = []
    result = services.certificates.generate(
        tmp_path / "all.pdf",
        session_id=session.id,
        each_dir=tmp_path / "each",
        operator_id=admin.id,
        progress=lambda done, total: seen.append((done, total)),
    )
    names = sorted(p.name for p in (tmp_path / "each").iterdir())
    assert len(names) == result.count == len(result.files)
    assert seen[-1] == (2 * result.count, 2 * result.count)
    odd = [n for n in names if "Ayu" in n]
    assert len(odd) == 1 and odd[0].endswith(" - Sri Ayu Wahyuni CON AUX.pdf")
    assert all(n[:3].isdigit() and n[3:6] == " - " for n in names)
    assert len(page_texts(tmp_path / "each" / odd[0])) == 1


def test_a_cancelled_generation_leaves_no_file(services, admin, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 3:
            raise Stop

    out = tmp_path / "out"
    with pytest.raises(Stop):
        services.certificates.generate(out / "x.pdf", event_id=demo.event_id, progress=progress)
    assert list(out.iterdir()) == []


def test_bad_scopes_and_empty_sessions(services, admin, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidField):
        services.certificates.generate(tmp_path / "x.pdf")
    with pytest.raises(NotFound):
        services.certificates.generate(tmp_path / "x.pdf", session_id=999)
    draft = SessionDraft(demo.event_id, date(2021, 3, 1), time(9), time(12), "Aula Kosong", 30)
    empty = services.events.add_session(draft, admin.id)
    with pytest.raises(NoAttendees):
        services.certificates.generate(tmp_path / "x.pdf", session_id=empty)
    assert not (tmp_path / "x.pdf").exists()


def test_verification_answers(services, admin, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = services.events.list_sessions(demo.event_id)[0]
    issued, _ = services.certificates.issue(session_id=session.id, operator_id=admin.id)
    cert = issued[0]
    with services.db.session() as s:
        secret_text = s.get(Setting, "certificate.secret").value
    from desktop_app.core.certificate_code import secret_from_text

    secret = secret_from_text(secret_text)
    good = services.certificates.verify(make_code(cert.number, secret))
    assert good.valid and good.reason is None
    assert (good.number, good.name, good.event, good.session_id, good.date) == (
        cert.number,
        cert.name,
        cert.event_title,
        session.id,
        session.date,
    )
    forged = make_code(cert.number, secret).replace(cert.number, issued[1].number)
    assert services.certificates.verify(forged).reason == "forged"
    assert services.certificates.verify("hello").reason == "malformed"
    assert services.certificates.verify(make_code(cert.number, b"x" * 32)).reason == "forged"
    assert services.certificates.verify(make_code("999/SOS-BPJSTK/II/2021", secret)).reason == "unknown"
    services.checkin.undo(session.id, cert.person_id, "keliru", admin)
    revoked = services.certificates.verify(make_code(cert.number, secret))
    assert (revoked.valid, revoked.reason, revoked.name) == (False, "revoked", cert.name)


@needs_qr_tools
def test_a_scanned_certificate_verifies(services, admin, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = services.events.list_sessions(demo.event_id)[1]
    result = services.certificates.generate(tmp_path / "s.pdf", session_id=session.id, operator_id=admin.id)
    [code] = qr_texts(result.path, 2, 2, tmp_path)
    answer = services.certificates.verify(code)
    assert answer.valid
    assert answer.name in page_texts(result.path)[1]
    assert not services.certificates.verify(code[:-1] + ("A" if code[-1] != "A" else "B")).valid


def test_template_is_checked_stored_and_audited(services, admin) -> None:  # type: ignore[no-untyped-def]
    template = replace(services.certificates.template(), signatories=(Signatory("Drs. Bambang"),))
    with pytest.raises(InvalidField) as info:
        services.certificates.save_template(replace(template, body="Untuk {nama} di {alamat}"), admin.id)
    assert (info.value.field, info.value.problem, info.value.detail) == ("body", "unknown_field", "alamat")
    with pytest.raises(InvalidField) as info:
        services.certificates.save_template(replace(template, logos=(b"\x89PNG\r\n\x1a\nbroken",)), admin.id)
    assert info.value.field == "logos"
    named = replace(template, paper="F4", title="Piagam")
    services.certificates.save_template(named, admin.id)
    stored = services.certificates.template()
    assert (stored.paper, stored.title, stored.signatories[0].name) == ("F4", "Piagam", "Drs. Bambang")
    with services.db.session() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "update")))
        assert entries[-1].details["key"] == "certificate.template"
        assert set(entries[-1].details["changed"]) >= {"paper", "title", "signatories"}
        assert (
            s.scalar(select(func.count()).select_from(Setting).where(Setting.key == "certificate.secret"))
            == 0
        )


def test_preview_draws_a_sample_page(services) -> None:  # type: ignore[no-untyped-def]
    preview = services.certificates.preview(services.certificates.template())
    texts = " ".join(getattr(item, "text", "") for item in preview.items)
    assert "Sri Wahyuni" in texts and "SERTIFIKAT" in texts
    assert round(preview.width) == 842

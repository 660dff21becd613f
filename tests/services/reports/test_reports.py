"""ReportService: the numbers of a known session, its rows, efficient queries, audited exports."""

from __future__ import annotations

import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "exports"))
from report_dataset import BIG_NIK, FORMULA_NAME, build_known_session

from desktop_app.core.errors import NotFound
from desktop_app.exports.files import ExportFailed
from desktop_app.services.demo.service import generate_demo
from desktop_app.storage.models import AuditEntry


@pytest.fixture
def known(services, admin):  # type: ignore[no-untyped-def]
    return build_known_session(services, admin)


def test_summary_of_the_known_session(services, known) -> None:
    report = services.reports.session_report(known.session_id)
    summary = report.sessions[0].summary
    assert (summary.invited, summary.admitted, summary.walk_ins, summary.refused, summary.no_shows) == (
        known.invited, known.admitted, known.walk_ins, known.refused, known.no_shows,
    )  # fmt: skip
    assert summary.capacity == 10
    assert summary.by_kind == known.by_kind
    assert summary.by_sex == known.by_sex
    assert summary.by_kecamatan == known.by_kecamatan
    assert report.totals == summary  # one session: its numbers are the totals


def test_rows_in_arrival_order_masked_and_local(services, known) -> None:
    rows = services.reports.session_report(known.session_id).sessions[0].rows
    assert [r.name for r in rows] == list(known.admitted_names)
    assert [r.no for r in rows] == [1, 2, 3, 4]
    sri, formula, eko, fajar = rows
    assert sri.nik == "3311********0001" and fajar.nik == "9471********0001"
    assert sri.phone == "0812-0000-0011" and fajar.phone == "0857-0000-0017"
    assert sri.checked_in_at.tzinfo == ZoneInfo("Asia/Jakarta")
    assert fajar.walk_in and not sri.walk_in
    assert formula.name == FORMULA_NAME and formula.organization == "@Warung Kopi"
    assert eko.org_kind == "koperasi" and eko.kecamatan == "Grogol" and eko.temperature == 36.5
    assert sri.kpj == "21012345678"
    assert sri.address == "RT 01/RW 02, Desa Contoh, Kec. Weru"
    full = services.reports.session_report(known.session_id, full_nik=True).sessions[0].rows
    assert full[3].nik == BIG_NIK


def test_event_totals_add_up_and_rows_can_be_left_out(services, admin) -> None:
    demo = generate_demo(services.db, services.district, people=90, operator_id=admin.id)
    report = services.reports.event_report(demo.event_id)
    assert [s.header.batch for s in report.sessions] == [1, 2, 3]
    assert report.totals.admitted == demo.admitted == report.row_count
    assert report.totals.invited == 90
    assert report.totals.admitted + report.totals.refused + report.totals.no_shows == 90  # no walk-ins
    assert sum(n for _, n in report.totals.by_kecamatan) == demo.admitted
    numbers_only = services.reports.event_report(demo.event_id, rows=False)
    assert numbers_only.totals == report.totals and numbers_only.row_count == 0


def test_the_number_of_queries_does_not_grow_with_the_sessions(services, admin) -> None:
    small = generate_demo(services.db, services.district, people=60, operator_id=admin.id)
    large = generate_demo(services.db, services.district, people=600, seed=7, operator_id=admin.id)
    counts = []
    for event_id in (small.event_id, large.event_id):
        statements: list[str] = []

        def listener(*args, statements=statements):  # type: ignore[no-untyped-def]
            statements.append(args[2])

        event.listen(services.db.engine, "before_cursor_execute", listener)
        try:
            services.reports.event_report(event_id)
        finally:
            event.remove(services.db.engine, "before_cursor_execute", listener)
        counts.append(len(statements))
    assert counts[0] == counts[1] <= 10  # 2 sessions or 20: the same handful of statements


def test_exports_are_audited_with_the_nik_choice(services, admin, known, tmp_path) -> None:
    services.reports.export_session(known.session_id, tmp_path / "a.xlsx", operator_id=admin.id)
    services.reports.export_event(known.event_id, tmp_path / "b.pdf", full_nik=True, operator_id=admin.id)
    with services.db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id)
        ).all()
        got = [
            (e.entity, e.entity_id, e.operator_id, e.details["format"], e.details["full_nik"])
            for e in entries
        ]
    assert got == [
        ("session", known.session_id, admin.id, "xlsx", False),
        ("event", known.event_id, admin.id, "pdf", True),
    ]
    assert all(BIG_NIK not in str(e.details) for e in entries)


def test_bad_requests_fail_before_anything_is_written(services, known, tmp_path) -> None:
    with pytest.raises(ExportFailed) as bad:
        services.reports.export_session(known.session_id, tmp_path / "a.csv")
    assert bad.value.problem == "extension" and bad.value.exit_code == 2
    with pytest.raises(NotFound):
        services.reports.export_session(999, tmp_path / "a.xlsx")
    with pytest.raises(NotFound):
        services.reports.export_event(999, tmp_path / "a.xlsx")
    with pytest.raises(ExportFailed) as missing:
        services.reports.export_session(known.session_id, tmp_path / "nowhere" / "a.xlsx")
    assert missing.value.problem == "folder_missing"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv", ".part")) == []


def test_letterhead_signatory_and_paper_settings(services, admin) -> None:
    from desktop_app.core.errors import InvalidField
    from desktop_app.exports.letterhead import Letterhead, Signatory

    assert services.settings.paper_size() == "A4"
    assert "SUKOHARJO" in services.settings.letterhead().government
    services.settings.set_paper_size("F4", admin.id)
    services.settings.set_letterhead(
        Letterhead(office="DISDAGKOP UKM", address_lines=("Jl. Contoh 1",)), admin.id
    )
    services.settings.set_signatories(
        [Signatory("Nama", "Kepala", "Pembina", "19660420 199203 1 008")], admin.id
    )
    setup = services.settings.print_setup()
    assert setup.paper == "F4" and setup.letterhead.address_lines == ("Jl. Contoh 1",)
    assert setup.signatories[0].nip == "196604201992031008"
    with pytest.raises(InvalidField):
        services.settings.set_signatories([Signatory("Nama", "Kepala", "", "1234")], admin.id)
    with pytest.raises(InvalidField):
        services.settings.set_paper_size("Letter", admin.id)


def test_only_an_admin_may_export_full_niks(services, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from desktop_app.core.errors import NotAllowed
    from desktop_app.services.demo.service import generate_demo

    generate_demo(services.db, services.district, people=30, operator_id=admin.id)
    desk = services.operators.ensure("Petugas Meja", "desk")
    session_id = services.events.list_sessions()[0].id
    with pytest.raises(NotAllowed):
        services.reports.export_session(session_id, tmp_path / "a.xlsx", full_nik=True, operator_id=desk.id)
    with pytest.raises(NotAllowed):
        services.reports.export_event(1, tmp_path / "b.xlsx", full_nik=True, operator_id=desk.id)
    assert not (tmp_path / "a.xlsx").exists() and not (tmp_path / "b.xlsx").exists()
    services.reports.export_session(session_id, tmp_path / "c.xlsx", full_nik=False, operator_id=desk.id)
    services.reports.export_session(session_id, tmp_path / "d.xlsx", full_nik=True, operator_id=admin.id)
    assert (tmp_path / "c.xlsx").exists() and (tmp_path / "d.xlsx").exists()

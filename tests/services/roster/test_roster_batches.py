"""An import writes in short transactions: the desk goes on between them; a failure takes all back."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.services.roster import service as roster_service
from desktop_app.storage.models import (
    Attendance,
    AuditEntry,
    Invitation,
    Organization,
    Person,
    WriteJournal,
    WriteJournalRow,
)

ROWS = 100
BATCH = 40  # three batches (their size fixed here; the import sizes them by time)


def nik(i: int) -> str:
    return f"331101{10 + i % 18:02d}0190{i + 1:04d}"


def roster(path: Path) -> Path:
    lines = ["Nama;NIK;No HP;Nama Usaha"]
    lines += [f"Peserta Nomor {i};{nik(i)};0812{i:08d};Usaha Batik {i // 2}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def counts(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    models = (Person, Organization, Invitation, Attendance, WriteJournal, WriteJournalRow)
    with services.db.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in models}


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FIRST_BATCH", "FIRST_BATCH_SMALL", "LEAST_BATCH", "MOST_BATCH"):
        monkeypatch.setattr(roster_service, name, BATCH)


def test_a_checkin_goes_through_while_an_import_waits_between_batches(
    services, admin, make_session, tmp_path, small_batches
) -> None:
    _, desk = make_session(capacity=30)
    _, invited_to = make_session(capacity=500)
    with services.db.transaction() as s:
        guest = services.people.create_person(s, WalkInDraft(name="Tamu Di Meja"), admin.id).id
    paused, go = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def between_batches(done: int, total: int) -> None:
        if done == BATCH:  # the first batch is committed; the import holds no lock now
            paused.set()
            go.wait(120)

    def run_import() -> None:
        try:
            path = roster(tmp_path / "undangan.csv")
            outcome["summary"] = services.roster.run(path, [invited_to], admin, batch_written=between_batches)
        except Exception as exc:  # handed to the test thread
            outcome["error"] = exc

    importer = threading.Thread(target=run_import)
    importer.start()
    try:
        assert paused.wait(120), outcome
        # Another connection of the desk admits someone while the import is in its write phase.
        result = services.checkin.admit(AdmitRequest(desk, guest, ScreeningAnswers(36.6)), admin)
        assert (result.name, result.attended) == ("Tamu Di Meja", 1)
    finally:
        go.set()
        importer.join(120)
    assert "error" not in outcome, outcome
    summary = outcome["summary"]
    assert (summary.imported, summary.invited) == (ROWS, ROWS)  # type: ignore[attr-defined]
    after = counts(services)
    assert (after["person"], after["invitation"], after["attendance"]) == (ROWS + 1, ROWS, 1)
    assert (after["write_journal"], after["write_journal_row"]) == (0, 0)
    assert [h.name for h in services.checkin.search(invited_to, "081200000099")] == ["Peserta Nomor 99"]


def test_an_import_failing_after_two_batches_takes_them_all_back(
    services, admin, make_session, tmp_path, small_batches
) -> None:
    _, invited_to = make_session(capacity=500)
    with services.db.transaction() as s:  # a registry person the file fills in (phone, business)
        known = services.people.create_person(s, WalkInDraft(name="Peserta Nomor 0", nik=nik(0)), admin.id).id
    before = counts(services)

    def fail_after_two(done: int, total: int) -> None:
        if done == 2 * BATCH:
            raise OSError("the laptop's disk failed")

    with pytest.raises(OSError, match="disk failed"):
        services.roster.run(
            roster(tmp_path / "undangan.csv"), [invited_to], admin, batch_written=fail_after_two
        )
    assert counts(services) == before
    with services.db.session() as s:
        person = s.get(Person, known)
        assert person is not None and (person.phone, person.organization_id) == (None, None)
        assert (
            s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")) == 0
        )
    assert [h.name for h in services.checkin.search(invited_to, "peserta nomor")] == ["Peserta Nomor 0"]
    # The same file imports whole afterwards.
    summary = services.roster.run(roster(tmp_path / "undangan.csv"), [invited_to], admin)
    assert (summary.imported, summary.merged) == (ROWS - 1, 1)


def test_a_long_write_tells_a_desk_committing_between_its_batches_from_its_own_commits(
    services, admin, make_session, db_engine
) -> None:
    from desktop_app.storage.write_journal import WriteJournal

    _, desk = make_session(capacity=30)
    with services.db.transaction() as s:
        guest = services.people.create_person(s, WalkInDraft(name="Tamu Di Meja"), admin.id).id
    journal = WriteJournal.start(services.db, "import")
    try:
        for _ in range(2):  # the write's own batches are not someone else writing
            with journal.batch() as s:
                journal.added(s.connection(), "person", [])
            assert journal.others_wrote() is False
        services.checkin.admit(AdmitRequest(desk, guest, ScreeningAnswers(36.6)), admin)
        with journal.batch() as s:
            journal.finish(s.connection())
        # SQLite: the desk waits for the write lock, so the import makes room for it. A server
        # has no database-wide lock to make room in.
        assert journal.others_wrote() is (db_engine == "sqlite")
    finally:
        journal.clear()
    assert counts(services)["attendance"] == 1
    assert (counts(services)["write_journal"], counts(services)["write_journal_row"]) == (0, 0)


@pytest.mark.parametrize("fails", [False, True], ids=["whole", "taken-back"])
def test_after_an_import_every_connection_the_desk_gets_commits_durably(
    services, admin, make_session, tmp_path, small_batches, db_engine, fails
) -> None:
    # The batches before the last commit without a sync and checkpoint on a connection of their
    # own; a check-in on any pooled connection afterwards must still survive a power cut.
    if db_engine != "sqlite":
        pytest.skip("SQLite's per-connection sync setting")
    _, invited_to = make_session(capacity=500)

    def fail_after_one(done: int, total: int) -> None:
        if fails:
            raise OSError("the laptop's disk failed")

    try:
        services.roster.run(
            roster(tmp_path / "undangan.csv"), [invited_to], admin, batch_written=fail_after_one
        )
    except OSError:
        assert fails
    connections = [services.db.engine.connect() for _ in range(6)]  # every one the pool holds
    try:
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0  # wal_keeper.py
    finally:
        for conn in connections:
            conn.close()
    assert counts(services)["person"] == (0 if fails else ROWS)
    assert (counts(services)["write_journal"], counts(services)["write_journal_row"]) == (0, 0)


@pytest.mark.sqlite_only  # a server's batches do not wait on the registry's size (test_roster_server_batches)
def test_the_first_batch_is_bigger_into_a_small_registry(
    services, admin, make_session, tmp_path, monkeypatch
) -> None:
    for name, value in (("FIRST_BATCH", 10), ("FIRST_BATCH_SMALL", 40), ("SMALL_REGISTRY", 50)):
        monkeypatch.setattr(roster_service, name, value)
    _, invited_to = make_session(capacity=500)
    first: list[int] = []

    def note_first(done: int, total: int) -> None:
        if not first:
            first.append(done)

    services.roster.run(roster(tmp_path / "undangan.csv"), [invited_to], admin, batch_written=note_first)
    assert first == [40]  # an empty registry
    first.clear()
    path = tmp_path / "lain.csv"
    lines = ["Nama;NIK"] + [f"Peserta Lain {i};331101{10 + i % 18:02d}0191{i + 1:04d}" for i in range(60)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = services.roster.run(path, [invited_to], admin, batch_written=note_first)
    assert summary.imported == 60
    assert first == [10]  # beside the 100 people imported before

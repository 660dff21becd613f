"""`hadir roster import` and the import dialog: checked rows into people, merges and invitations.

All of an import is written, or (on an error, a cancel or a killed process) none: the rows go
in short transactions sized by the time they take (storage/write_pace.py: the desk's check-ins
slip in between), noted in an undo journal that takes the written batches back
(services/roster/_writer.py for the matching).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from desktop_app.core.nik import mask_nik
from desktop_app.core.roster_columns import Field
from desktop_app.core.roster_row import RowResult
from desktop_app.services.audit import record
from desktop_app.services.gc_pause import cycle_collector_paused
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.roster._writer import ImportWriter
from desktop_app.services.roster.plan import CheckedRoster, ColumnPlan, check_roster
from desktop_app.storage.database import Database
from desktop_app.storage.write_journal import WriteJournal, ensure_room, undo_abandoned

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
FIRST_BATCH = 100  # rows of the first transaction; later ones are sized by the time they take
# Into a file's registry of fewer than SMALL_REGISTRY people the first batch is bigger: its rows find
# the indexes in memory (~40 µs a row here: 1,000 hold the lock ~40 ms), where beside 100,000
# people 500 rows held it 0.3-0.5 s. A batch fewer costs a commit and a checkpoint less.
FIRST_BATCH_SMALL = 1000
SMALL_REGISTRY = 10_000
LEAST_BATCH = 10
MOST_BATCH = 20_000
BatchWritten = Callable[[int, int], None]


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported: its number, reasons and cells as they were."""

    number: int
    reasons: tuple[str, ...]
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ImportSummary:
    """What an import did; nothing is dropped without being counted here."""

    rows: int
    imported: int
    merged: int
    rejected: int
    warnings: int
    skipped: int
    invited: int
    not_invited: int
    sheet: str
    headers: tuple[str, ...]
    rejected_rows: tuple[RejectedRow, ...] = ()
    warning_rows: tuple[tuple[int, tuple[str, ...]], ...] = field(default=())


def _cell(row: list[object], col: int) -> object:
    return row[col] if col < len(row) else None


def _record_import(
    s: DbSession,
    path: Path,
    checked: CheckedRoster,
    valid: list[RowResult],
    writer: ImportWriter,
    session_ids: Sequence[int],
    operator: OperatorInfo,
) -> None:
    """The import's audit entry, in its last transaction."""
    people = [r.person for r in valid if r.person is not None]
    created = sorted(writer.created)
    record(
        s,
        "import",
        "person",
        None,
        operator.id,
        file=path.name,
        rows=len(checked.results),
        imported=writer.imported,
        merged=writer.merged,
        rejected=len(checked.results) - len(valid),
        new_ids=[created[0], created[-1]] if created else [],
        merged_ids=sorted(writer.filled),
        sessions=list(session_ids),
        niks=[mask_nik(p.nik) for p in people[:20] if p.nik],
    )


class RosterImportService:
    """Imports roster files into the registry and invites the people."""

    def __init__(self, db: Database, district) -> None:  # type: ignore[no-untyped-def]
        self._db = db
        self._district = district

    def check(
        self, path: Path, plan: ColumnPlan | None = None, progress: Progress | None = None
    ) -> CheckedRoster:
        """Read and check the file without writing anything."""
        return check_roster(path, plan, self._district, date.today(), progress)

    @cycle_collector_paused()
    def run(
        self,
        path: Path,
        session_ids: Sequence[int],
        operator: OperatorInfo,
        plan: ColumnPlan | None = None,
        progress: Progress | None = None,
        batch_written: BatchWritten | None = None,
    ) -> ImportSummary:
        """Import the file and invite the people to `session_ids`: all of it, or none.

        The rows are written in batches, each a short transaction (sized by time: WritePace), so
        a check-in at the desk never waits long behind an import; the undo journal takes back the batches
        written if a later one fails. `batch_written(done, total)` is called after each commit
        but the last (which makes the import whole).
        """
        checked = self.check(path, plan, progress)
        valid = [r for r in checked.results if r.person is not None]
        interest_col = checked.plan.columns.get(Field.INTEREST)  # issue 19: "Tertarik BPU"
        undo_abandoned(self._db)  # an import killed earlier is taken back before this one reads
        ensure_room(self._db, len(valid))
        journal = WriteJournal.start(self._db, "import")
        writer = ImportWriter(journal, session_ids, operator.id)
        first = FIRST_BATCH
        if self._db.server is None:  # a server's batches hold no lock the desk waits for: no need
            with self._db.session() as s:
                if writer.registry_size(s.connection()) < SMALL_REGISTRY:
                    first = FIRST_BATCH_SMALL
        pace = journal.pace(first, LEAST_BATCH, MOST_BATCH)
        try:
            done = 0
            while True:
                batch = valid[done : done + pace.rows]
                last = done + len(batch) >= len(valid)
                cells = None
                if interest_col is not None:
                    cells = [_cell(checked.sheet.rows[r.number - 1], interest_col) for r in batch]
                if batch:
                    with self._db.session() as s:  # reads: no lock held, the desk goes on
                        writer.prepare(s.connection(), batch)
                # The last batch also records the import and ends the journal, in one durable
                # commit (a transaction of its own cost a commit and a checkpoint more).
                with journal.batch(durable=last, quiet=not pace.busy(time.monotonic())) as s:
                    if batch:
                        writer.write(s.connection(), batch, cells)
                    if last:
                        if progress:  # a cancel here still takes everything back
                            progress(len(valid), len(valid))
                        _record_import(s, path, checked, valid, writer, session_ids, operator)
                        journal.finish(s.connection())
                done += len(batch)
                if last:
                    break
                pause = pace.batch_done(len(batch), journal.held_s, journal.others_wrote(), time.monotonic())
                if progress:
                    progress(done, len(valid))
                if batch_written:
                    batch_written(done, len(valid))
                if pause:
                    time.sleep(pause)
        except BaseException:
            try:
                journal.undo()
            except Exception as undo_error:  # e.g. the disk is full: the next open takes it back
                log.warning("the failed import is taken back at the next open: %s", type(undo_error).__name__)
            raise
        journal.clear()
        rejected = tuple(
            RejectedRow(r.number, r.problems, tuple(checked.originals.get(r.number, ())))
            for r in checked.results
            if r.person is None
        )
        warning_rows = [(r.number, r.warnings) for r in checked.results if r.warnings] + writer.warning_rows
        return ImportSummary(
            rows=len(checked.results),
            imported=writer.imported,
            merged=writer.merged,
            rejected=len(rejected),
            warnings=sum(len(codes) for _, codes in warning_rows),
            skipped=checked.skipped,
            invited=writer.invited,
            not_invited=writer.not_invited,
            sheet=checked.sheet.name,
            headers=tuple(checked.headers),
            rejected_rows=rejected,
            warning_rows=tuple(sorted(warning_rows)),
        )

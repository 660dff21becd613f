"""How many rows each transaction of a long write takes, and when it pauses for the desk.

SQLite has one write lock and no queue for it. A check-in that finds it taken sleeps in its busy
handler in growing steps (1, 2, 5, 10, 15, 20, 25 ms, later 50 and 100) and tries again; it gets
in only if the lock is free when it wakes. So a long write cut into batches lets the desk in
quickly only if each batch holds the lock briefly, and the lock then stays free for longer than
the sleeping check-in's step. A fixed row count does not hold the lock for a fixed time: 2,000
people cost 0.1 s in a new database and 0.5 s beside 100,000 people (each of the person table's
nine indexes takes a random page per row), more on a busy laptop. Batches are sized by the time
the last ones took.

While someone else writes (the desk admitting people: `WriteJournal.others_wrote`), a batch aims
at `BUSY_S` and is followed by a pause of `PAUSE_S`. Alone, a batch aims at `QUIET_S`: every
commit writes each index page it touched once, so fewer, longer batches cost less in all, and a
check-in arriving at a quiet import waits at most one such batch, after which the import is in
the busy pace for `BUSY_FOR_S`.

A batch is at most `GROWTH` times the last, `FIRST_GROWTH` times while nobody else has written
since the write began. The time a small batch took per row overstates a bigger one's (its
commit's fixed cost is shared by fewer rows; a bigger batch shares index pages between more
rows), so the aim alone keeps a batch within its time; the factor guards the estimate after a
busy spell. Growing fourfold from 100 rows, a 10,000-row import into a quiet database took
five batches where two or three reach the aim, and each batch costs its commit and checkpoint
of every index page it touched (~15 ms of CPU a batch at 10,000 people).
"""

from __future__ import annotations

from dataclasses import dataclass, field

BUSY_S = 0.02  # the write lock held per batch while the desk writes: it waits ~this + one poll step
PAUSE_S = 0.02  # longer than the busy handler's steps in a check-in's first 50 ms of waiting
QUIET_S = 0.25
BUSY_FOR_S = 10.0  # a desk admits someone every few seconds
GROWTH = 4
FIRST_GROWTH = 16


@dataclass
class WritePace:
    """Rows for the next batch (`rows`), and the pause after it (`batch_done`)."""

    rows: int = 500  # the first batch: nothing measured yet
    least: int = 10
    most: int = 20_000
    busy_s: float = BUSY_S
    quiet_s: float = QUIET_S
    pause_s: float = PAUSE_S
    busy_for_s: float = BUSY_FOR_S
    growth: int = GROWTH
    first_growth: int = FIRST_GROWTH
    _per_row: float | None = field(default=None, repr=False)
    _busy_until: float = field(default=float("-inf"), repr=False)
    _ever_busy: bool = field(default=False, repr=False)

    def busy(self, now: float) -> bool:
        """Whether someone else wrote within `busy_for_s` (the busy pace holds)."""
        return now < self._busy_until

    def batch_done(self, rows: int, seconds: float, others_wrote: bool, now: float) -> float:
        """Note that a batch of `rows` held the lock `seconds`; the seconds to pause before the next."""
        if others_wrote:
            self._busy_until = now + self.busy_for_s
            self._ever_busy = True
        busy = self.busy(now)
        if rows > 0:
            per_row = max(seconds, 1e-6) / rows
            # Smoothed, so one batch slowed by a checkpoint or another process does not halve the next.
            self._per_row = per_row if self._per_row is None else (self._per_row + per_row) / 2
            aim = self.busy_s if busy else self.quiet_s
            wanted = int(aim / self._per_row)
            growth = self.growth if self._ever_busy else self.first_growth
            self.rows = max(self.least, min(self.most, wanted, growth * rows))
        return self.pause_s if busy else 0.0

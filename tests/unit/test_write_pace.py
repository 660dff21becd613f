"""A long write's batches: sized by the time they hold the write lock, pausing only while others write."""

from __future__ import annotations

from desktop_app.storage.write_pace import WritePace


def test_a_batch_that_held_the_lock_too_long_is_followed_by_a_smaller_one_while_the_desk_writes() -> None:
    pace = WritePace(rows=2000, busy_s=0.02, quiet_s=0.25, pause_s=0.02)
    # 2,000 rows held the lock 0.5 s beside a big registry while a desk was admitting people.
    pause = pace.batch_done(2000, 0.5, others_wrote=True, now=100.0)
    assert pace.rows == 80  # 20 ms at 0.25 ms a row
    assert pause == 0.02  # the lock stays free long enough for a sleeping check-in to wake into it


def test_alone_the_batches_grow_towards_the_quiet_aim_and_never_pause() -> None:
    pace = WritePace(rows=500, busy_s=0.02, quiet_s=0.25, most=20_000)
    assert pace.batch_done(500, 0.025, others_wrote=False, now=1.0) == 0.0
    assert pace.rows == 5000  # 0.25 s at 0.05 ms a row
    assert pace.batch_done(5000, 0.5, others_wrote=False, now=2.0) == 0.0
    assert pace.rows == 3333  # 0.25 s at (0.05 + 0.1) / 2 ms a row


def test_while_nobody_else_wrote_a_batch_grows_at_most_sixteenfold_then_fourfold() -> None:
    pace = WritePace(rows=100, busy_s=0.02, quiet_s=0.25, most=20_000, busy_for_s=10.0)
    pace.batch_done(100, 0.001, others_wrote=False, now=1.0)  # 10 µs a row: the aim is 25,000
    assert pace.rows == 1600
    pace.batch_done(1600, 0.016, others_wrote=True, now=2.0)  # a desk: the busy aim
    assert 1990 <= pace.rows <= 2000  # 20 ms at 10 µs a row
    pace.batch_done(10, 0.0001, others_wrote=False, now=20.0)  # quiet again, the desk seen once
    assert pace.rows == 40


def test_after_the_desk_wrote_the_busy_pace_lasts_a_while_then_the_quiet_one_returns() -> None:
    pace = WritePace(rows=100, busy_s=0.02, quiet_s=0.2, busy_for_s=10.0)
    pace.batch_done(100, 0.02, others_wrote=True, now=0.0)
    assert pace.batch_done(100, 0.02, others_wrote=False, now=5.0) > 0  # the desk may come back
    assert pace.rows == 100
    assert pace.batch_done(100, 0.02, others_wrote=False, now=11.0) == 0.0
    assert pace.rows == 400  # growing again, four times at most a step


def test_a_batch_is_never_smaller_than_the_least() -> None:
    pace = WritePace(rows=50, least=10)
    pace.batch_done(50, 5.0, others_wrote=True, now=0.0)  # a laptop that stalled for seconds
    assert pace.rows == 10

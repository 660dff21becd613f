"""Conversion per session and per event, with dates before, on and after each session."""

from __future__ import annotations

from pathlib import Path

import pytest
from bpjs_world import World, write_member_list

from desktop_app.core.bpjs_conversion import Figures
from desktop_app.core.errors import NotFound
from desktop_app.services.bpjs.bpjs_settings import set_windows
from desktop_app.services.bpjs.conversion import conversion_figures


@pytest.fixture
def imported(world: World, tmp_path: Path) -> World:
    world.services.bpjs_members.run(write_member_list(tmp_path / "bpjs.xlsx"), world.admin.id)
    return world


def test_each_sessions_exact_figures(imported: World) -> None:
    report = imported.services.conversion.report(event_id=imported.event_id)
    first, second = report.sessions
    assert (first.session_id, first.batch, second.session_id) == (imported.s1, 1, imported.s2)
    # Batch 1: A member before; B on the day, H 4 days and C 59 days after; D not registered.
    assert first.everyone == Figures(
        attended=5, members_before=1, registered_after=3, within_short=2, within_long=3, not_registered=1
    )
    assert first.walk_ins == Figures(1, 0, 1, 1, 1, 0)  # H
    assert first.interested == Figures(2, 0, 1, 1, 1, 1)  # B joined, D not yet
    # Batch 2: G registered on 1 March, after batch 1 but before batch 2: a member before, not a conversion.
    assert second.everyone == Figures(
        attended=3, members_before=1, registered_after=1, within_short=1, within_long=1, not_registered=1
    )
    assert report.totals == Figures(8, 2, 4, 3, 4, 2)
    assert report.totals.rate == pytest.approx(4 / 6)


def test_a_session_alone_and_the_windows_follow_the_setting(imported: World) -> None:
    set_windows(imported.services.settings, 3, 60, imported.admin.id)
    report = imported.services.conversion.report(session_id=imported.s1)
    (only,) = report.sessions
    # B (0 days) within 3; H (4 days) and C (59 days) within 60.
    assert (only.everyone.within_short, only.everyone.within_long, only.everyone.registered_after) == (
        1,
        3,
        3,
    )
    assert (report.short_days, report.long_days) == (3, 60)


def test_an_undone_admission_does_not_count(imported: World) -> None:
    imported.services.checkin.undo(imported.s1, imported.people["D"], "salah orang", imported.admin)
    report = conversion_figures(imported.services.db, imported.services.settings, session_id=imported.s1)
    assert report.sessions[0].everyone.attended == 4
    assert report.sessions[0].everyone.not_registered == 0


def test_before_any_import_everyone_is_not_registered(world: World) -> None:
    report = world.services.conversion.report(event_id=world.event_id)
    assert report.totals == Figures(8, 0, 0, 0, 0, 8)


def test_an_unknown_session_or_event(world: World) -> None:
    with pytest.raises(NotFound):
        world.services.conversion.report(session_id=999)
    with pytest.raises(NotFound):
        world.services.conversion.report(event_id=999)

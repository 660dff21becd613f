"""The cycle collector is paused only for the bulk job, and back on afterwards, even after an error."""

from __future__ import annotations

import gc

import pytest

from desktop_app.services.gc_pause import cycle_collector_paused


def test_paused_inside_and_back_on_after_even_when_the_job_fails() -> None:
    was_on = gc.isenabled()
    gc.enable()  # a worker that ran a UI test keeps it off between tests (tests/conftest.py)
    try:
        with cycle_collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled()

        @cycle_collector_paused()
        def failing_job() -> None:
            assert not gc.isenabled()
            raise ValueError("bad roster")

        with pytest.raises(ValueError):
            failing_job()
        assert gc.isenabled()
    finally:
        if not was_on:
            gc.disable()


def test_left_off_when_it_was_off_before() -> None:
    was_on = gc.isenabled()
    gc.disable()
    try:
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was_on:  # a worker that ran a UI test keeps it off between tests (tests/conftest.py)
            gc.enable()

"""An unexpected error in the window: logged in full, told in a sentence, no traceback dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from desktop_app.core.errors import CapacityFull
from desktop_app.logs import log_to_file
from desktop_app.ui import crash_guard, dialogs_io


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    calls: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        dialogs_io, "show_error", lambda _p, title, text, detail="": calls.append((title, text, detail))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return calls


def _raise(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_unexpected_error_is_logged_with_traceback_and_told_in_indonesian(
    shown, tmp_path: Path, qapp
) -> None:
    path = log_to_file(tmp_path / "logs")
    crash_guard.install()
    _raise(ZeroDivisionError("division by zero"))
    for handler in logging.getLogger().handlers:
        handler.flush()
    [(title, text, detail)] = shown
    assert title == "Terjadi kesalahan"
    assert "tetap tersimpan" in text
    assert detail == "ZeroDivisionError: division by zero"
    logged = path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError" in logged
    logging.getLogger().removeHandler(logging.getLogger().handlers[-1])


def test_a_rule_error_that_escaped_is_shown_as_its_sentence(shown, qapp) -> None:
    crash_guard.install()
    _raise(CapacityFull(capacity=30, attended=30))
    [(_, text, _)] = shown
    assert text  # the error's own sentence, never empty
    assert "Traceback" not in text

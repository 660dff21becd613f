"""The screen outlives the dialogs that asked for its size.

A dialog sized itself with `self.screen()`; PySide tied the returned QScreen to the dialog, and
when the import dialog was collected the screen was deleted with it. The next top-level widget
made died in QScreen::virtualSiblings (a segfault that took a whole xdist worker, session 4).
The three tests that crashed in this order run in a process of their own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
SEQUENCE = [
    "ui/fit/test_fit_more_dialogs.py::test_the_registry_dialogs_fit_and_say_no_qt_english",
    "ui/privacy/test_first_start_encryption.py::test_first_start_encrypts_and_the_next_start_opens_without_a_prompt",
    "ui/privacy/test_first_start_encryption.py::test_the_recovery_key_dialog_prints_the_sheet",
]


@pytest.mark.slow
def test_opening_and_closing_the_import_dialog_leaves_the_screen_alive() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_XDIST")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "0", "-q", "-p", "no:cacheprovider", *(str(TESTS / t) for t in SEQUENCE)],
        cwd=TESTS.parent, capture_output=True, text=True, env=env, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, (done.returncode, done.stdout[-3000:], done.stderr[-3000:])
    assert " passed" in done.stdout and " failed" not in done.stdout

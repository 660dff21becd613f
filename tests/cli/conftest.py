"""Running the command line in-process (fast) and as a real program (true exit codes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main


@dataclass
class Outcome:
    """What a run of `hadir` left: exit status, stdout, stderr."""

    code: int
    out: str
    err: str

    @property
    def data(self) -> dict[str, Any]:
        """The one JSON object on stdout's last line."""
        lines = self.out.strip().splitlines()
        assert lines, f"nothing on stdout (stderr: {self.err!r})"
        value = json.loads(lines[-1])
        assert isinstance(value, dict)
        return value


@pytest.fixture
def hadir(capsys: pytest.CaptureFixture[str]):
    """`hadir(*args)` runs `desktop_app.cli.main` in this process."""

    def run(*args: object) -> Outcome:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


def hadir_command() -> list[str]:
    """The installed console script next to this interpreter, else `python -m desktop_app`."""
    script = Path(sys.executable).with_name("hadir")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop_app"]


@pytest.fixture
def hadir_process():
    """`hadir_process(*args)` runs the real program (the environment, incl. HADIR_DATA_DIR, is inherited)."""

    def run(*args: object, command: list[str] | None = None) -> Outcome:
        done = subprocess.run(
            [*(command or hadir_command()), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=120,
            env=os.environ.copy(),
        )
        return Outcome(done.returncode, done.stdout, done.stderr)

    return run

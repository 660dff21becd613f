"""What a command answers: one JSON object with `--json`, a few lines of prose without."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Result:
    """A command's answer: data for `--json`, lines for people, and the exit status."""

    data: dict[str, Any]
    lines: list[str] = field(default_factory=list)
    exit_code: int = 0


def emit(result: Result, as_json: bool) -> int:
    """Print the result the way the user asked; return its exit status."""
    try:
        _print(result, as_json)
    except BrokenPipeError:  # `hadir ... | head`: the reader left; nothing to say to anyone
        sys.stderr.close()
    return result.exit_code


def _print(result: Result, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.data, ensure_ascii=False, default=str))
    else:
        stream = sys.stdout if result.exit_code == 0 else sys.stderr
        for line in result.lines or [json.dumps(result.data, ensure_ascii=False, default=str)]:
            print(line, file=stream)

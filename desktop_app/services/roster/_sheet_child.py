"""Reading an untrusted workbook in a child process with a memory limit, so an abort cannot kill the window.

A 1.6 KB xlsx with cells in A1 and XFD1048576 makes calamine allocate the whole dense range
(512 GiB) and abort the process (SIGABRT); a 1 MB xlsx with one 1 GiB cell, or a tiny ods of
repeated cells, take gigabytes. In the window that is the desk gone. So the workbook is read by
`python -m desktop_app.services.roster._sheet_child FILE LIMIT ROWS` with its address space capped
(POSIX); the rows come back pickled on stdout. Whatever kills the child, the parent reports a
sentence (`too_big`), and its own memory never holds more than the rows.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes of address space for the child (POSIX)
TIME_LIMIT_S = 120


def run_child(path: Path, most_rows: int) -> tuple[str, object]:
    """("ok", [(name, index, rows), ...]) or ("error", (problem, detail)) for the workbook at `path`.

    A sheet taller than `most_rows` is refused (`too_many_rows`) before its cells become rows.
    """
    if getattr(sys, "frozen", False):  # a frozen build has no `-m`: read here (no limit)
        return _read(path, most_rows)
    command = [sys.executable, "-m", __name__, str(path), str(MEMORY_LIMIT), str(most_rows)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIME_LIMIT_S, check=False)
    except subprocess.TimeoutExpired:
        return ("error", ("too_big", f"not read within {TIME_LIMIT_S} s"))
    if done.returncode != 0 or not done.stdout:
        # Killed by the limit (SIGABRT, SIGKILL) or a MemoryError: the file asks too much memory.
        return (
            "error",
            ("too_big", f"the reader stopped (exit {done.returncode}) above {MEMORY_LIMIT >> 20} MB"),
        )
    answer = pickle.loads(done.stdout)
    return answer  # type: ignore[no-any-return]


def _read(path: Path, most_rows: int) -> tuple[str, object]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets = []
        for index, name in enumerate(workbook.sheet_names):
            sheet = workbook.get_sheet_by_index(index)
            # Refused before its cells become Python rows (100,000 rows of them cost ~300 MB).
            if sheet.total_height > most_rows:
                return ("error", ("too_many_rows", str(most_rows)))
            rows = sheet.to_python(skip_empty_area=False)
            sheets.append((name, index, rows))
    except MemoryError:
        return ("error", ("too_big", "out of memory"))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # calamine's errors, and a Rust panic (a BaseException) on broken files
        detail = f"{type(exc).__name__}: {exc}"
        return ("error", ("too_big" if "limit exceeded" in detail.lower() else "unreadable", detail))
    return ("ok", sheets)


def _main() -> None:
    path, limit, most_rows = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    if os.name == "posix" and limit > 0:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    answer = _read(path, most_rows)
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.flush()


if __name__ == "__main__":
    _main()

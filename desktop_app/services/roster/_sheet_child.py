"""Reading an untrusted workbook in a child process with a memory limit, so an abort cannot kill the window.

A 1.6 KB xlsx with cells in A1 and XFD1048576 makes calamine allocate the whole dense range
(512 GiB) and abort the process (SIGABRT); a 1 MB xlsx with one 1 GiB cell, or a tiny ods of
repeated cells, take gigabytes. In the window that is the desk gone. So the workbook is read by a
child python (`_main`) with its address space capped (POSIX); the rows come back pickled on
stdout. Whatever kills the child, the parent reports a sentence (`too_big`), and its own memory
never holds more than the rows. The workbook's XML is measured as a stream too: a cell longer
than Excel allows, or gigabytes of XML, is refused in words (`too_big`, saying which) in a
megabyte of memory. The parent measures while the child starts (a python start is most of the
child's fixed cost), and ends the child as soon as the measure refuses the file.

The child starts without `site` (-S), given the two folders it imports from (this package's
and python-calamine's): it needs nothing else, and `site`'s .pth files (an editable install's
import finder) alone cost it ~20 ms. It still runs a `sitecustomize`, as `site` would.
"""

from __future__ import annotations

import os
import pickle
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the child does without pathlib's import
    from pathlib import Path

MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes of address space for the child (POSIX)
TIME_LIMIT_S = 120
# Excel holds at most 32,767 characters in a cell: in the file's XML at most ~128 KB between two
# tags (UTF-8, escapes). Text running longer than 2 windows is always refused, shorter than 1 never.
CELL_WINDOW = 128 * 1024
MAX_XML_BYTES = 1024 * 1024 * 1024  # all of a workbook's XML, unpacked: a 100,000-row roster is ~60 MB
_READ = 8 * CELL_WINDOW


# The child's first statement: put the folders it imports from in front, run the installation's
# sitecustomize as `site` would (a deployment's or a benchmark's hook), then read.
_BOOT = (
    "import sys; sys.path[:0] = sys.argv.pop(1).split(sys.argv.pop(1))\n"
    "try:\n    import sitecustomize\nexcept ImportError:\n    pass\n"
    "from desktop_app.services.roster._sheet_child import _main; _main()"
)


def _import_folders() -> list[str]:
    """Where the child finds `desktop_app` and `python_calamine` (found, not imported, here)."""
    from importlib.util import find_spec
    from pathlib import Path

    calamine = find_spec("python_calamine")
    folders = [str(Path(__file__).resolve().parents[3])]
    if calamine is not None and calamine.origin:
        folders.append(str(Path(calamine.origin).parent.parent))
    return folders


def run_child(path: Path, most_rows: int) -> tuple[str, object]:
    """("ok", [(name, index, rows), ...]) or ("error", (problem, detail)) for the workbook at `path`.

    A sheet taller than `most_rows` is refused (`too_many_rows`) before its cells become rows.
    """
    if getattr(sys, "frozen", False):  # a frozen build has no python to start: read here (no limit)
        return _measured(path) or _read(path, most_rows)
    import subprocess

    folders = os.pathsep.join(_import_folders())
    command = [sys.executable, "-S", "-c", _BOOT, folders, os.pathsep]
    command += [str(path), str(MEMORY_LIMIT), str(most_rows)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        refused = _measured(path)  # while the child starts
        if refused is not None:
            child.kill()
            child.communicate()
            return refused
        out, _ = child.communicate(timeout=TIME_LIMIT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return ("error", ("too_big", f"not read within {TIME_LIMIT_S} s"))
    except BaseException:
        child.kill()
        child.wait()
        raise
    if child.returncode != 0 or not out:
        # Killed by the limit (SIGABRT, SIGKILL) or a MemoryError: the file asks too much memory.
        return (
            "error",
            ("too_big", f"the reader stopped (exit {child.returncode}) above {MEMORY_LIMIT >> 20} MB"),
        )
    answer = pickle.loads(out)
    return answer  # type: ignore[no-any-return]


def _measured(path: Path) -> tuple[str, object] | None:
    """The refusal of a workbook whose XML is too big to read (`_oversized_part`), or None."""
    try:
        oversized = _oversized_part(path)
    except MemoryError:
        return ("error", ("too_big", "out of memory"))
    except Exception as exc:  # a broken zip: said as the reader says it
        return _unreadable(exc)
    return None if oversized is None else ("error", ("too_big", oversized))


def _unreadable(exc: BaseException) -> tuple[str, object]:
    detail = f"{type(exc).__name__}: {exc}"
    return ("error", ("too_big" if "limit exceeded" in detail.lower() else "unreadable", detail))


def _oversized_part(path: Path) -> str | None:
    """Why the workbook's XML is refused before a cell is read (a 1 GiB cell; gigabytes of XML), or None.

    xlsx and ods are zip files of XML. Each part is unpacked as a stream, a megabyte at a time,
    and searched for text running on without a tag: memory stays at a megabyte whatever the cell.
    """
    import zipfile

    if not zipfile.is_zipfile(path):
        return None  # xls: a binary format; the memory limit bounds it
    unpacked = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.endswith(".xml"):
                continue
            with archive.open(info) as part:
                while chunk := part.read(_READ):
                    unpacked += len(chunk)
                    if unpacked > MAX_XML_BYTES:
                        return f"more than {MAX_XML_BYTES >> 20} MB of XML unpacked"
                    # A window of CELL_WINDOW bytes with no "<" is text that long. Chunks are
                    # whole windows, so any run of twice the window fills one: found at C speed.
                    for start in range(0, len(chunk) - CELL_WINDOW + 1, CELL_WINDOW):
                        if chunk.find(b"<", start, start + CELL_WINDOW) == -1:
                            return f"a cell longer than Excel's 32,767 characters ({info.filename})"
    return None


def _read(path: Path | str, most_rows: int) -> tuple[str, object]:
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
        return _unreadable(exc)
    return ("ok", sheets)


def _main() -> None:
    path, limit, most_rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if os.name == "posix" and limit > 0:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    answer = _read(path, most_rows)
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.flush()


if __name__ == "__main__":
    _main()

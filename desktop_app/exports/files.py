"""Writing an export safely: into a temporary file beside the target, renamed over it only when done.

A failure (full disk, a cancelled job, a bug) never leaves half a file over an older good one.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.core.errors import InvalidInput

Progress = Callable[[int, int], None]
FORMATS = {".xlsx": "xlsx", ".pdf": "pdf"}


class ExportFailed(InvalidInput):
    """The file could not be written; `problem` is a stable code the UI translates.

    Problems: `extension` (not .xlsx/.pdf), `folder_missing`, `permission`, `disk_full`,
    `locked` (e.g. open in Excel on Windows), `io_error`.
    """

    reason = "export_failed"

    def __init__(self, problem: str, path: Path | str, detail: str = "") -> None:
        text = f"cannot write {path}: {problem}" + (f" ({detail})" if detail else "")
        super().__init__(text)
        self.problem = problem
        self.path = str(path)
        self.detail = detail


def export_format(path: Path | str, allowed: tuple[str, ...] = ("xlsx", "pdf")) -> str:
    """`xlsx` or `pdf` from the file name, or ExportFailed("extension")."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None or fmt not in allowed:
        wanted = " or ".join(f".{a}" for a in allowed)
        raise ExportFailed("extension", path, f"the file name must end in {wanted}")
    return fmt


def failure_from(exc: OSError, path: Path | str) -> ExportFailed:
    """The ExportFailed (exit 2, with the path) an OSError while writing `path` stands for."""
    return ExportFailed(_problem(exc), exc.filename or path, exc.strerror or str(exc))


def _problem(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission"
    if exc.errno in (errno.ENOSPC, errno.EFBIG):  # no room left, or more than the drive takes in a file
        return "disk_full"
    if exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return "locked"
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "folder_missing"
    return "io_error"


STALE_AFTER_S = 3600


def _writer_gone(part: Path, stem: str) -> bool:
    """True when the process that was writing `part` (its pid is in the name) no longer runs."""
    pid_text = part.name[len(stem) + 2 :].split("-", 1)[0]
    if os.name == "posix" and pid_text.isdigit():
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            return True
        except OSError:  # alive, someone else's
            return False
        return False
    try:  # elsewhere (or an older name without a pid): old enough means abandoned
        return time.time() - part.stat().st_mtime > STALE_AFTER_S
    except FileNotFoundError:
        return False


def remove_stale_parts(target: Path) -> list[Path]:
    """Delete the `.part` files an export of `target` killed midway left beside it; return them."""
    folder = target.parent if str(target.parent) else Path(".")
    removed = []
    for part in folder.glob(f".{glob.escape(target.stem)}-*{glob.escape(target.suffix)}.part"):
        if _writer_gone(part, target.stem):
            with contextlib.suppress(OSError):
                part.unlink()
                removed.append(part)
    return removed


@contextmanager
def atomic_target(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; rename it over `path` when the block succeeds.

    Raises:
        ExportFailed: when the folder is missing or the file cannot be written or replaced.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed("folder_missing", target, str(folder))
    remove_stale_parts(target)
    try:
        prefix = f".{target.stem}-{os.getpid()}-"
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=target.suffix + ".part", dir=folder)
    except OSError as exc:
        raise ExportFailed(_problem(exc), target, exc.strerror or "") from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as written:  # on disk before the rename makes it the real file
            os.fsync(written.fileno())
        os.replace(temp, target)
    except OSError as exc:
        raise ExportFailed(_problem(exc), target, exc.strerror or "") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()

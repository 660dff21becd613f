"""Writing a batch of certificate files: all of them, or none left behind."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop_app.exports.files import failure_from


@dataclass(frozen=True)
class Staged:
    """Where to write: the combined PDF's temporary file and the single files' staging folder."""

    main: Path
    folder: Path


@contextmanager
def all_or_none(output: Path, each_dir: Path | None) -> Iterator[Staged]:
    """Stage the combined PDF and the single files; put them in place only when every one is written.

    A failure (a name the file system refuses, a full disk, a cancel) leaves no file of this
    batch behind; an OSError becomes ExportFailed (exit 2) naming the path.
    """
    main = output.with_name(f".{output.name}.part")
    folder: Path | None = None
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        if each_dir is not None:
            each_dir.mkdir(parents=True, exist_ok=True)
            folder = Path(tempfile.mkdtemp(prefix=".sertifikat-", dir=each_dir))
        yield Staged(main, folder or output.parent)
        os.replace(main, output)
        if folder is not None and each_dir is not None:
            for single in sorted(folder.iterdir()):
                os.replace(single, each_dir / single.name)
    except OSError as exc:
        raise failure_from(exc, output) from None
    finally:
        with contextlib.suppress(OSError):  # also when the folder itself could not be made
            main.unlink(missing_ok=True)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

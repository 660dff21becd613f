"""The QR helper process: `python .../desktop_app/exports/qr/worker.py CHUNK`.

Reads one code per line from stdin until it closes, then writes the `qr_path` of each chunk of
CHUNK codes, last chunk first: a line `index count`, then `count` lines `modules body`. The
parent page loop works from the first chunk, so the two meet in the middle (see `pool`).

Run as a script, it loads `matrix.py` from its own folder rather than importing the package:
the helper is ready in about 40 ms instead of 90 (`desktop_app/__init__` reads the installed
version through importlib.metadata).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path


def _qr_path() -> Callable[[str], tuple[int, str]]:
    if __package__:
        from desktop_app.exports.qr.matrix import qr_path

        return qr_path
    spec = importlib.util.spec_from_file_location("hadir_qr_matrix", Path(__file__).with_name("matrix.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.qr_path


def main(argv: list[str]) -> int:
    """Encode the codes on stdin, chunk by chunk from the end."""
    chunk = int(argv[0]) if argv else 40
    qr_path = _qr_path()
    codes = sys.stdin.buffer.read().decode("utf-8").splitlines()
    out = sys.stdout.buffer
    starts = list(range(0, len(codes), chunk))
    for index in reversed(range(len(starts))):
        part = codes[starts[index] : starts[index] + chunk]
        lines = [f"{index} {len(part)}"]
        lines += [f"{modules} {body}" for modules, body in map(qr_path, part)]
        try:
            out.write(("\n".join(lines) + "\n").encode("ascii"))
            out.flush()
        except BrokenPipeError:  # the page loop finished first and closed the pipe
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

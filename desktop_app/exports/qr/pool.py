"""QR paths for many certificates, encoded on the second core while this one draws pages.

Encoding a code and turning it into PDF operators (`qr_path`) costs about 0.2 ms, close to
what the rest of a page costs, and zxing-cpp holds the GIL, so threads do not help. For a
large batch a helper process (`worker.py`) encodes the codes in
chunks, starting from the *last* chunk, while the page loop here starts from the first and
encodes a chunk itself unless the helper has already delivered it. The two meet somewhere in
the middle, wherever the helper's start-up (about 60 ms) and the machine's load put them, and
the batch is never slower than doing everything in this process. The helper is a plain
subprocess rather than `multiprocessing`, which would re-import the program's main module in
the child.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop_app.exports.qr.matrix import qr_path

log = logging.getLogger(__name__)
CHUNK = 40
MIN_CODES = 150  # below this the helper's start costs more than it saves
QrPath = tuple[int, str]


def helper_available() -> bool:
    """True where a helper process can be used (two cores, not a frozen bundle, not switched off)."""
    # A frozen (PyInstaller) program has no `python -m` to run the helper with.
    if getattr(sys, "frozen", False) or os.environ.get("HADIR_SINGLE_PROCESS"):
        return False
    return (os.cpu_count() or 1) > 1


class _Helper:
    """The helper process and the thread that collects its chunks as they arrive."""

    def __init__(self, codes: Sequence[str]) -> None:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("worker.py")), str(CHUNK)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            creationflags=flags,
        )
        self.chunks: dict[int, list[QrPath]] = {}
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="qr-helper-reader", daemon=True)
        self._reader.start()
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(("\n".join(codes) + "\n").encode("utf-8"))
            self.process.stdin.close()
        except OSError:  # the helper died at once: everything is done here
            log.info("QR helper did not start; encoding in-process")

    def _read(self) -> None:
        # Big reads, not readline(): each read waits for the GIL behind the page loop, so one
        # wait must bring in many chunks, or the pipe fills and the helper stalls.
        stdout = self.process.stdout
        assert stdout is not None
        pending = b""
        try:
            while block := stdout.read1(1 << 20):
                pending += block
                pending = self._parse(pending)
        except (OSError, ValueError):  # a helper killed half-way: what arrived is still good
            return

    def _parse(self, data: bytes) -> bytes:
        """Store every complete chunk in `data`; return the incomplete rest."""
        lines = data.split(b"\n")
        position = 0
        while position < len(lines) - 1:
            index, count = map(int, lines[position].split())
            if position + count >= len(lines) - 1:
                break  # the chunk's last line has not fully arrived
            paths = []
            for line in lines[position + 1 : position + 1 + count]:
                modules, body = line.split(b" ", 1)
                paths.append((int(modules), body.decode("ascii")))
            with self._lock:
                self.chunks[index] = paths
            position += 1 + count
        return b"\n".join(lines[position:])

    def take(self, index: int) -> list[QrPath] | None:
        """The helper's result for chunk `index`, if it has arrived."""
        with self._lock:
            return self.chunks.pop(index, None)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._reader.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


class QrPaths:
    """`qr_path(code)` for each code, in order (an iterator); `close()` stops the helper, if any."""

    def __init__(self, codes: Sequence[str], helper: _Helper | None) -> None:
        self._codes = codes
        self._helper = helper
        self._chunk: Iterator[QrPath] = iter(())
        self._next_chunk = 0

    def __iter__(self) -> QrPaths:
        return self

    def __next__(self) -> QrPath:
        for path in self._chunk:
            return path
        start = self._next_chunk * CHUNK
        if start >= len(self._codes):
            self.close()
            raise StopIteration
        done = self._helper.take(self._next_chunk) if self._helper is not None else None
        if done is None:  # the helper has not got this far (yet): encode it here
            done = [qr_path(code) for code in self._codes[start : start + CHUNK]]
        self._next_chunk += 1
        self._chunk = iter(done)
        return next(self._chunk)

    def close(self) -> None:
        """Stop the helper process (safe to call more than once)."""
        if self._helper is not None:
            self._helper.close()
            self._helper = None


def iter_qr_paths(codes: Sequence[str], parallel: bool | None = None) -> QrPaths:
    """`qr_path(code)` for each code, in order; with a helper process for a large batch.

    The helper starts at once (before the first item is asked for), so it gets going while the
    caller sets up its document; the caller closes the result when done or interrupted.
    `parallel=None` decides by the batch size and the machine; True or False forces it.
    """
    use_helper = (len(codes) >= MIN_CODES and helper_available()) if parallel is None else parallel
    helper = None
    if use_helper:
        try:
            helper = _Helper(codes)
        except OSError as exc:  # pragma: no cover - no processes allowed here
            log.info("QR helper unavailable (%s): encoding in-process", exc)
    return QrPaths(codes, helper)

"""Webcam frames to invitation codes: QtMultimedia frames in, the luma plane decoded off the GUI thread.

At most one decode runs at a time and a new one starts at most every `MIN_GAP_S` (5–10 decodes a
second: a decode takes 4–15 ms, the GUI thread only copies the grey plane). A code is handed on
(`scanned`) after two equal reads, exactly as the desk takes a USB scanner's code.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from desktop_app.ui.camera.frame_decoder import TwoReads, decode_luma

log = logging.getLogger(__name__)

MIN_GAP_S = 0.12
# Formats whose first plane is the grey (Y) picture, one byte a pixel.
_LUMA_FIRST = {
    QVideoFrameFormat.PixelFormat.Format_NV12,
    QVideoFrameFormat.PixelFormat.Format_NV21,
    QVideoFrameFormat.PixelFormat.Format_YUV420P,
    QVideoFrameFormat.PixelFormat.Format_YUV422P,
    QVideoFrameFormat.PixelFormat.Format_YV12,
    QVideoFrameFormat.PixelFormat.Format_IMC1,
    QVideoFrameFormat.PixelFormat.Format_IMC2,
    QVideoFrameFormat.PixelFormat.Format_IMC3,
    QVideoFrameFormat.PixelFormat.Format_IMC4,
    QVideoFrameFormat.PixelFormat.Format_Y8,
}


def luma_plane(frame: QVideoFrame) -> tuple[bytes, int, int, int] | None:
    """`(grey bytes, width, height, stride)` of a frame, copied (the frame may be reused at once)."""
    copy = QVideoFrame(frame)
    if copy.pixelFormat() in _LUMA_FIRST and copy.map(QVideoFrame.MapMode.ReadOnly):
        try:
            stride = copy.bytesPerLine(0)
            data = bytes(copy.bits(0)[: stride * copy.height()])
            return data, copy.width(), copy.height(), stride
        finally:
            copy.unmap()
    image = copy.toImage()  # packed or RGB formats: let Qt convert (a few ms, ≤ 10 times a second)
    if image.isNull():
        return None
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return bytes(grey.constBits()), grey.width(), grey.height(), grey.bytesPerLine()


class _Decoded(QObject):
    done = Signal(object)  # str | None, emitted from the worker thread (queued to the GUI)


class _DecodeJob(QRunnable):
    def __init__(self, plane: tuple[bytes, int, int, int], out: _Decoded) -> None:
        super().__init__()
        self._plane = plane
        self._out = out

    def run(self) -> None:
        try:
            text = decode_luma(*self._plane)
        except Exception:  # a corrupt frame must not end the scanning
            log.warning("decoding a camera frame failed", exc_info=True)
            text = None
        self._out.done.emit(text)


class CameraScanner(QObject):
    """Takes frames (`feed`), decodes some of them in the background, emits `scanned(code)`."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._decoded = _Decoded(self)
        self._decoded.done.connect(self._on_decoded)
        self._busy = False
        self._last_start = -1e9
        self.reads = TwoReads()
        self.decodes = 0

    def feed(self, frame: QVideoFrame) -> bool:
        """Offer a frame; True when it went to the decoder (one at a time, at most ~8 a second)."""
        now = self._clock()
        if self._busy or now - self._last_start < MIN_GAP_S or not frame.isValid():
            return False
        plane = luma_plane(frame)
        if plane is None:
            return False
        self._busy, self._last_start = True, now
        self.pool.start(_DecodeJob(plane, self._decoded))
        return True

    def _on_decoded(self, text: str | None) -> None:
        self._busy = False
        self.decodes += 1
        accepted = self.reads.feed(text, self._clock())
        if accepted:
            self.scanned.emit(accepted)

    def wait(self) -> None:
        """Let the decode under way finish (closing, tests)."""
        self.pool.waitForDone()

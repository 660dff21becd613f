"""Decoding one camera frame's luma (grey) plane with zxing-cpp, and accepting a code after two equal reads.

A webcam sees the card at an angle, slightly out of focus, among other things on the table. The
centre of the frame (where the operator holds the card) is decoded; one read may be a misread,
two equal reads in a row are accepted. Plain bytes in, text out: no Qt here, so tests feed it PNGs.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp

CENTRE_SHARE = 0.8  # the middle 80 % of each side: the card, without the edges of the picture
REPEAT_AFTER_S = 3.0  # the same code again only after this pause (the card still held up)


def centre_crop(width: int, height: int, share: float = CENTRE_SHARE) -> tuple[int, int, int, int]:
    """`(x, y, w, h)` of the frame's centre area."""
    w, h = int(width * share), int(height * share)
    return (width - w) // 2, (height - h) // 2, w, h


def decode_luma(luma: bytes | bytearray | memoryview, width: int, height: int, stride: int) -> str | None:
    """The text of the first QR code in the centre of a grey frame, or None.

    `luma` is the frame's Y plane (one byte a pixel, `stride` bytes a row) — what NV12, YUV420P and
    friends hold first, so no colour conversion is needed.
    """
    x, y, w, h = centre_crop(width, height)
    view = memoryview(luma)[y * stride + x :]
    needed = h * stride  # whole rows (zxing checks the last row against the stride)
    if len(view) < needed:
        return None
    image = zxingcpp.ImageView(view[:needed], w, h, zxingcpp.ImageFormat.Lum, stride)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    for barcode in found:
        if barcode.valid and barcode.text:
            return barcode.text
    return None


@dataclass
class TwoReads:
    """Accepts a code when two reads in a row agree; the same code again only after a pause."""

    last_read: str | None = None
    last_accepted: str | None = None
    accepted_at: float = -1e9

    def feed(self, text: str | None, now: float) -> str | None:
        """One decode result (None: nothing read); the code to use now, or None."""
        previous, self.last_read = self.last_read, text
        if text is None or text != previous:
            return None
        if text == self.last_accepted and now - self.accepted_at < REPEAT_AFTER_S:
            self.accepted_at = now  # still held up: keep waiting until it is taken away
            return None
        self.last_accepted, self.accepted_at = text, now
        self.last_read = None  # the next acceptance needs two fresh reads
        return text

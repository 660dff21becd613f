"""QR codes as module matrices, and as one vector path for a PDF page.

zxing-cpp encodes a certificate's code in about 0.1 ms (segno, the fallback, in about 9 ms and
reportlab's own widget with its drawing in about 40 ms). The matrix then becomes a single PDF
path: each row's runs of dark modules are one rectangle, so a version-3 code is roughly 200
`re` operators in module units under one transformation, filled once. No image is embedded,
the code stays sharp at any printer resolution, and a page costs a fraction of a millisecond.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

try:  # zxing-cpp: a compiled wheel on PyPI for Windows, macOS and Linux
    import zxingcpp
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    zxingcpp = None

_DARK_RUN = re.compile(rb"\x01+")
_LIGHT_RUN_ZX = re.compile(rb"\x00+")  # zxing's images: 0 is dark, 255 light
_ZXING_TO_BITS = bytes.maketrans(b"\x00\xff", b"\x01\x00")
_NUM = [str(i) for i in range(256)]
ERROR_LEVEL = "M"  # 15 % of the code may be smudged or folded and it still reads
QUIET_ZONE = 4  # light modules the standard asks for around the code


def _zxing_image(text: str):  # type: ignore[no-untyped-def]
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_LEVEL)
    return barcode.to_image(scale=1, add_quiet_zones=False)


def qr_rows(text: str) -> list[bytes]:
    """The code's module matrix, top row first, one byte per module (1 dark, 0 light), no quiet zone."""
    if zxingcpp is None:  # pragma: no cover - only where the zxing-cpp wheel is missing
        import segno

        return [bytes(row) for row in segno.make(text, error=ERROR_LEVEL.lower(), boost_error=False).matrix]
    image = _zxing_image(text)
    width = image.shape[1]
    raw = bytes(image).translate(_ZXING_TO_BITS)
    return [raw[i : i + width] for i in range(0, len(raw), width)]


def dark_runs(rows: Sequence[bytes]) -> list[tuple[int, int, int]]:
    """`(row, first column, length)` of every horizontal run of dark modules."""
    return [
        (y, m.start(), m.end() - m.start()) for y, row in enumerate(rows) for m in _DARK_RUN.finditer(row)
    ]


def qr_path(text: str) -> tuple[int, str]:
    """The code's size in modules and its dark runs as PDF `re` operators in module units.

    This is the hot loop of certificate generation (about 0.2 ms a code): one regular
    expression over the whole matrix, rows kept apart by a light separator module.
    """
    if zxingcpp is None:  # pragma: no cover
        rows = qr_rows(text)
        body = " ".join(f"{c} {r} {n} 1 re" for r, c, n in dark_runs(rows))
        return len(rows), body
    image = _zxing_image(text)
    width = image.shape[1]
    raw = bytes(image)
    stride = width + 1
    joined = b"\xff".join([raw[i : i + width] for i in range(0, len(raw), width)])
    num = _NUM
    body = " ".join(
        [
            f"{num[s % stride]} {num[s // stride]} {num[e - s]} 1 re"
            for s, e in (m.span() for m in _LIGHT_RUN_ZX.finditer(joined))
        ]
    )
    return width, body


def qr_pdf_operators(path: tuple[int, str], x: float, y: float, size: float, colour: str = "0 g") -> str:
    """PDF content-stream operators drawing a `qr_path` in the square (`x`, `y`, `size`) in points.

    `size` is the dark area without the quiet zone; (`x`, `y`) is its lower-left corner. The
    path is in module units: `cm` scales and flips so row 0 is at the top; one fill per code.
    """
    modules, body = path
    scale = size / modules
    return f"q {colour} {scale:.4f} 0 0 {-scale:.4f} {x:.3f} {y + size:.3f} cm {body} f Q"

"""Reading certificate PDFs the way a person (or a scanner) would: text, fonts, images, QR codes."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

HAVE_QR_TOOLS = bool(shutil.which("pdftoppm") and shutil.which("zbarimg"))
needs_qr_tools = pytest.mark.skipif(
    not HAVE_QR_TOOLS,
    reason="pdftoppm (poppler-utils) and zbarimg (zbar-tools) are not installed: run ./dev.sh",
)


def page_texts(path: Path) -> list[str]:
    """Each page's text, white space collapsed (lines of a wrapped sentence joined)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _resolve(obj):  # type: ignore[no-untyped-def]
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _walk_resources(
    resources: DictionaryObject, fonts: dict[int, DictionaryObject], images: set[int]
) -> None:
    for ref in (_resolve(resources.get("/Font")) or {}).values():
        fonts[ref.idnum if isinstance(ref, IndirectObject) else id(ref)] = _resolve(ref)
    for ref in (_resolve(resources.get("/XObject")) or {}).values():
        xobject = _resolve(ref)
        key = ref.idnum if isinstance(ref, IndirectObject) else id(xobject)
        if xobject.get("/Subtype") == "/Image":
            images.add(key)
        elif xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
            _walk_resources(_resolve(xobject["/Resources"]), fonts, images)


@dataclass
class PdfInventory:
    """Fonts and image XObjects reachable from every page (forms included)."""

    fonts: list[DictionaryObject]
    image_ids: set[int]


def inventory(path: Path) -> PdfInventory:
    """Every font and image the pages use."""
    fonts: dict[int, DictionaryObject] = {}
    images: set[int] = set()
    for page in PdfReader(path).pages:
        _walk_resources(_resolve(page["/Resources"]), fonts, images)
    return PdfInventory(list(fonts.values()), images)


def font_file_kinds(font: DictionaryObject) -> set[str]:
    """Which embedded font programs a font has (descendant fonts of Type0 included)."""
    kinds = set()
    candidates = [font] + [_resolve(d) for d in _resolve(font.get("/DescendantFonts")) or []]
    for candidate in candidates:
        descriptor = _resolve(candidate.get("/FontDescriptor"))
        if descriptor is not None:
            kinds |= {k for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor}
    return kinds


@dataclass(frozen=True)
class Placed:
    """A run of text with its start, font size and font name as the PDF places it."""

    text: str
    x: float
    y: float
    size: float
    font: str


def placed_text(path: Path, page_number: int) -> list[Placed]:
    """The text runs drawn directly on a page (not those in shared forms), with positions."""
    runs: list[Placed] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            scale = tm[0] * cm[0]
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            runs.append(Placed(text.strip("\n"), x, y, size * scale, name))

    PdfReader(path).pages[page_number].extract_text(visitor_text=visit)
    return runs


def qr_texts(path: Path, first: int, last: int, folder: Path, dpi: int = 150) -> list[str]:
    """Render pages `first`..`last` (1-based) with pdftoppm and decode their QR codes with zbarimg."""
    prefix = folder / "qr"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(first), "-l", str(last), str(path), str(prefix)],
        check=True,
    )
    found = []
    for image in sorted(folder.glob("qr-*.png")):
        done = subprocess.run(
            ["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, check=False
        )
        found.append(done.stdout.strip())
        image.unlink()
    return found

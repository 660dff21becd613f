"""Named cell styles and the helpers every sheet of the attendance workbook uses.

Text stays text: every string is written as a string cell (never a formula or an error value,
whatever it starts with), identifiers get the text number format `@`, dates and times are real
Excel values with Indonesian formats.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.letterhead import EXCEL_PAPER_CODES, Letterhead

FONT = "Calibri"
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E2E0")

# Named styles: one definition per look, so the file's style table stays small.
TEXT_FORMAT = "@"
TITLE_HEIGHTS = {"h_gov": 18.0, "h_office": 20.0, "h_title": 22.0, "h_subtitle": 18.0}
TIME_FORMATS = {"id": 'hh"."mm', "en": "hh:mm"}
DATE_FORMATS = {"id": "dd/mm/yyyy", "en": "dd/mm/yyyy"}


def register_styles(wb: Workbook, labels: AttendanceLabels) -> None:
    """Add Hadir's named styles to `wb` (the time and date formats follow the labels' language)."""
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    plain = Font(name=FONT, size=11)  # printed at 8 pt or more once fitted to the width
    bold = Font(name=FONT, size=11, bold=True)

    def add(name: str, **kw: object) -> None:
        wb.add_named_style(NamedStyle(name=name, **kw))  # type: ignore[arg-type]

    add("h_gov", font=Font(name=FONT, size=12, bold=True), alignment=center)
    add("h_office", font=Font(name=FONT, size=13, bold=True), alignment=center)
    add("h_address", font=Font(name=FONT, size=11), alignment=center)
    double = Side(style="double", color="000000")
    add("h_rule", border=Border(bottom=double), font=plain)
    add("h_title", font=Font(name=FONT, size=14, bold=True), alignment=center)
    add("h_subtitle", font=Font(name=FONT, size=11, bold=True), alignment=center)
    add("h_label", font=plain, alignment=Alignment(horizontal="left", vertical="center"))
    add("h_value", font=plain, alignment=Alignment(horizontal="left", vertical="center"))
    add(
        "h_value_fit",
        font=plain,
        # Wrapped, its row made tall enough: shrinking printed a long organiser at 6 pt.
        alignment=Alignment(horizontal="left", vertical="top", wrap_text=True),
    )
    add("h_note", font=Font(name=FONT, size=11, italic=True))
    add("h_sign_name", font=Font(name=FONT, size=11, bold=True, underline="single"))
    add("h_section", font=bold)
    add("h_header", font=bold, fill=HEADER_FILL, border=GRID, alignment=center)
    add("h_cell", font=plain, border=GRID, alignment=left)
    add("h_bold_cell", font=bold, border=GRID, alignment=left)
    add("h_center", font=plain, border=GRID, alignment=center)
    add("h_text", font=plain, border=GRID, alignment=left, number_format=TEXT_FORMAT)
    add("h_int", font=plain, border=GRID, alignment=center, number_format="0")
    add("h_bold_int", font=bold, border=GRID, alignment=center, number_format="0")
    add("h_temp", font=plain, border=GRID, alignment=center, number_format="0.0")
    lang = labels.lang if labels.lang in TIME_FORMATS else "id"
    add("h_time", font=plain, border=GRID, alignment=center, number_format=TIME_FORMATS[lang])
    add("h_date", font=plain, border=GRID, alignment=center, number_format=DATE_FORMATS[lang])


def clean_text(value: str) -> str:
    """A string Excel accepts: control characters (from pasted rosters) removed."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


_ARRAYS: weakref.WeakKeyDictionary[Workbook, dict[str, StyleArray]] = weakref.WeakKeyDictionary()


def style_arrays(ws: Worksheet) -> dict[str, StyleArray]:
    """Each named style of the sheet's workbook resolved once to the array a cell stores.

    Assigning `cell.style = name` looks the name up for every cell; the array is the same each time.
    """
    wb = ws.parent
    arrays = _ARRAYS.get(wb)
    if arrays is None:
        arrays = {}
        for named in wb._named_styles:
            probe = Cell(ws, row=1, column=1)
            probe.style = named.name
            arrays[named.name] = probe._style
        _ARRAYS[wb] = arrays
    return arrays


def cell(ws: Worksheet, value: object, style: str) -> Cell:
    """A styled write-only cell. Strings stay literal strings, whatever they start with."""
    if isinstance(value, str):
        # An empty string would be an empty inline string, which some readers refuse: no value.
        value = clean_text(value) or None
    c = Cell(ws, row=1, column=1, value=value, style_array=style_arrays(ws)[style])
    if isinstance(value, str):
        # openpyxl makes "=…" a formula and "#N/A" an error; a name or NIK is neither.
        c.data_type = "s"
    return c


def print_setup(ws: Worksheet, paper: str, header_row: int | None, labels: AttendanceLabels) -> None:
    """Landscape on A4 or F4, fit to the page's width, the header row repeated on every page.

    Call it before the first row is written: write-only sheets write their properties then.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = EXCEL_PAPER_CODES.get(paper, EXCEL_PAPER_CODES["A4"])
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    # Narrow sides (the table prints larger); the footer 0.25" up inside a 0.7" bottom margin, so
    # "Halaman n / N" has room and is never clipped.
    ws.page_margins.left = ws.page_margins.right = 0.3
    ws.page_margins.top = 0.5
    ws.page_margins.header = 0.25
    ws.page_margins.bottom = 0.7
    ws.page_margins.footer = 0.25
    ws.oddFooter.center.text = labels.page.format(page="&P") + " / &N"
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"


def title_rows(letterhead: Letterhead, lines: int) -> int:
    """How many rows `title_block` writes (sheet views and page setup must be set before them)."""
    return (1 if letterhead.government else 0) + 1 + len(letterhead.address_lines) + 2 + lines


def title_block(ws: Worksheet, letterhead: Letterhead, width: int, lines: Sequence[tuple[str, str]]) -> int:
    """The kop (government, office, address, a double rule) and the centred titles; rows written."""
    last = get_column_letter(width)
    rows = 0

    def centred(text: str, style: str) -> None:
        nonlocal rows
        rows += 1
        if style in TITLE_HEIGHTS:  # merged cells do not grow with their font by themselves
            ws.row_dimensions[rows].height = TITLE_HEIGHTS[style]
        ws.append([cell(ws, text, style)])
        ws.merged_cells.add(f"A{rows}:{last}{rows}")

    if letterhead.government:
        centred(letterhead.government, "h_gov")
    centred(letterhead.office, "h_office")
    for line in letterhead.address_lines:
        centred(line, "h_address")
    ws.append([cell(ws, None, "h_rule") for _ in range(width)])  # the kop's double rule
    rows += 1
    ws.append([])
    rows += 1
    for text, style in lines:
        centred(text, style)
    return rows

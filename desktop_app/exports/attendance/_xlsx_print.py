"""How the attendance sheet prints from Excel or LibreOffice: widths, row heights, the signatory block.

A sheet printed "fit to width" is scaled down by its width: the columns are kept narrow enough
that body text (11 pt) still prints at 8 pt or more on the chosen paper, long texts wrap instead,
and every row gets the height its wrapped text needs (a row without one stays one line high in
Excel and LibreOffice, so a second line would print over the row's border).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from desktop_app.exports.attendance.data import SessionHeader
from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.letterhead import PAPER_MM, Letterhead, Signatory, format_nip

BODY_PT = 11.0
SMALLEST_PRINTED_PT = 8.0
# LibreOffice measured 2.5 % smaller than Excel's pixel arithmetic promises: aim a little higher.
AIM_PT = SMALLEST_PRINTED_PT * 1.05
SIDE_MARGIN_IN = 0.3
LINE_PT = 15.0  # one line of 11 pt Calibri/Carlito, as Excel sizes a row
# Average characters of 11 pt Calibri per unit of column width (a width unit is one digit + padding).
CHARS_PER_UNIT = 1.1


def _pixels(width: float) -> float:
    """Excel's pixel width of a column `width` characters wide (7 px digits at 96 dpi)."""
    return math.trunc(width * 7 + 5)


def width_budget(paper: str, columns: int) -> float:
    """The most character units the columns may take so the printed body stays >= 8 pt."""
    long_side_mm = PAPER_MM.get(paper, PAPER_MM["A4"])[1]
    printable_px = (long_side_mm / 25.4 - 2 * SIDE_MARGIN_IN) * 96
    return (printable_px * BODY_PT / AIM_PT - 5 * columns) / 7


def fit_widths(widths: list[float], minimums: Sequence[float], budget: float) -> list[float]:
    """Shrink the columns that may shrink (towards their minimum) until they fit `budget`."""
    excess = sum(widths) - budget
    if excess <= 0:
        return widths
    room = [w - m for w, m in zip(widths, minimums, strict=True)]
    total_room = sum(room)
    if total_room <= 0:
        return widths
    share = min(1.0, excess / total_room)
    return [w - r * share for w, r in zip(widths, room, strict=True)]


def lines_needed(text: str, width: float) -> int:
    """How many lines `text` wraps to in a column `width` units wide (word by word)."""
    per_line = max(int(width * CHARS_PER_UNIT) - 1, 1)
    lines, used = 1, 0
    for word in text.split():
        n = len(word)
        if used and used + 1 + n > per_line:
            lines += 1
            used = 0
        used += n + (1 if used else 0)
        while used > per_line:  # a word longer than the line breaks inside
            lines += 1
            used -= per_line
    return lines


def row_height(texts: Sequence[tuple[str, float]]) -> float:
    """The height (points) of a row whose wrapped cells hold `texts` (text, column width)."""
    lines = max((lines_needed(t, w) for t, w in texts if t), default=1)
    return LINE_PT * lines + 3


def signatory_rows(
    header: SessionHeader,
    letterhead: Letterhead,
    signatories: Sequence[Signatory],
    labels: AttendanceLabels,
) -> list[list[tuple[str, str]]]:
    """The block under the table as lines of (text, style), one list per signatory column.

    Like the printed sheet: place and date, "Mengetahui,", the title, room to sign, the name
    (bold, underlined), the rank and the NIP. A second signatory stands to the left.
    """
    place_date = f"{letterhead.city}, {labels.date_text(header.date)}" if letterhead.city else ""
    people = list(signatories) or [Signatory()]

    def block(person: Signatory, top: list[str]) -> list[tuple[str, str]]:
        lines = [(t, "h_value") for t in top]
        lines.append((person.title, "h_value"))
        lines += [("", "h_value")] * 3
        lines.append((person.name or "." * 40, "h_sign_name"))
        if person.rank:
            lines.append((person.rank, "h_value"))
        lines.append((labels.nip.format(nip=format_nip(person.nip) or "." * 30), "h_value"))
        return lines

    if len(people) > 1:
        return [block(people[0], ["", labels.acknowledged]), block(people[1], [place_date, ""])]
    return [block(people[0], [place_date, labels.acknowledged])]

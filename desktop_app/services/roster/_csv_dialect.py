"""Which separator a csv uses, and how its bytes are encoded: decided from the header and the rows.

`csv.Sniffer` guesses from character frequencies, and real semicolon files whose quoted cells
hold commas and quotes (`"Koperasi ""Maju"", Jaya"`) fooled it into `,`, so the whole file was
refused. Here every candidate separator parses the first rows; the right one splits the header
(the first row with two or more filled cells) into columns and gives the rows below the same
number of cells. Excel's "Unicode text" is UTF-16 with a BOM.
"""

from __future__ import annotations

import codecs
import csv
import io

DELIMITERS = (";", ",", "\t", "|")
SAMPLE_ROWS = 60
SAMPLE_CHARS = 64 * 1024


def encodings(head: bytes) -> tuple[str, ...]:
    """The encodings to try, in order, for a csv starting with `head`.

    UTF-16 by its BOM, else UTF-8, else the Windows code page; latin-1 reads any bytes.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ("utf-16", "utf-8-sig", "cp1252", "latin-1")
    return ("utf-8-sig", "cp1252", "latin-1")


def _score(sample: str, delimiter: str, whole: bool) -> tuple[float, int, int]:
    """(share of rows as wide as the header, minus the header's row number, header width)."""
    try:
        rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))[:SAMPLE_ROWS]
    except csv.Error:
        return (0.0, 0, 0)
    if not whole and len(rows) > 1:
        rows = rows[:-1]  # the sample may end inside the last row
    filled = [(n, row) for n, row in enumerate(rows) if any(cell.strip() for cell in row)]
    for position, (number, row) in enumerate(filled):
        if sum(1 for cell in row if cell.strip()) >= 2:
            below = [r for _, r in filled[position + 1 :]]
            if not below:
                return (1.0, -number, len(row))
            same = sum(1 for r in below if len(r) == len(row))
            return (same / len(below), -number, len(row))
    return (0.0, 0, 0)


def choose_delimiter(text: str) -> str:
    """The separator under which the header splits into columns and the rows below agree with it."""
    sample = text[:SAMPLE_CHARS]
    whole = len(text) <= SAMPLE_CHARS
    scores = {d: _score(sample, d, whole) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])  # ties: the order of DELIMITERS (";" first)
    return best if scores[best][2] >= 2 else ","

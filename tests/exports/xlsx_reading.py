"""Reading written workbooks back: the sheets' XML and rows found by their first cell."""

from __future__ import annotations

import zipfile
from pathlib import Path


def sheet_xml(path: Path) -> dict[str, str]:
    """Each worksheet's XML text, by part name."""
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet")
        }


def find_row(rows: list[list[object]], first: object) -> int:
    """Index of the first row whose first cell is `first`."""
    for index, row in enumerate(rows):
        if row and row[0] == first:
            return index
    raise AssertionError(f"no row starts with {first!r}")

"""Workbooks built to exhaust memory: refused with a sentence, never the process, within seconds.

Before: a 1.6 KB xlsx with cells A1 and XFD1048576 made calamine allocate the dense range and
abort the process (SIGABRT, exit 134) — in the window, the desk gone; a tiny ods of repeated
cells took gigabytes. Now the workbook is read in a child process with a 1 GB address-space limit.
"""

from __future__ import annotations

import os
import resource
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.services.roster.reader import RosterFileError, read_roster_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the memory limit is POSIX's RLIMIT_AS")

ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
ODS_CONTENT = (
    """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Daftar">"""
    """<table:table-row table:number-rows-repeated="1048576">"""
    """<table:table-cell table:number-columns-repeated="16384" office:value-type="string">"""
    """<text:p>x</text:p></table:table-cell></table:table-row>"""
    """</table:table></office:spreadsheet></office:body></office:document-content>"""
)


def corner_bomb(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Nama"
    sheet["XFD1048576"] = "x"
    book.save(path)
    return path


def repeated_cells_ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", ODS_CONTENT, zipfile.ZIP_DEFLATED)
    return path


@pytest.mark.parametrize(
    "build", [corner_bomb, repeated_cells_ods], ids=["xlsx-A1-XFD1048576", "ods-repeated"]
)
def test_a_workbook_bomb_is_refused_without_killing_the_reader(tmp_path: Path, build) -> None:  # type: ignore[no-untyped-def]
    suffix = ".ods" if build is repeated_cells_ods else ".xlsx"
    bomb = build(tmp_path / f"daftar{suffix}")
    assert bomb.stat().st_size < 20_000
    started = time.monotonic()
    with pytest.raises(RosterFileError) as err:
        read_roster_file(bomb)
    assert time.monotonic() - started < 10
    assert err.value.problem in ("too_big", "too_many_rows")
    assert err.value.exit_code == 2
    # This process never held the sheet; the child stayed under its limit (KiB on Linux).
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1024 * 1024


def test_an_ordinary_workbook_still_reads_through_the_child(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK"])
    book.active.append(["Sri Wahyuni", "3311014101900001"])
    book.save(tmp_path / "daftar.xlsx")
    sheets = read_roster_file(tmp_path / "daftar.xlsx")
    assert sheets[0].rows == [["Nama", "NIK"], ["Sri Wahyuni", "3311014101900001"]]

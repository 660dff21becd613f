"""ICU's data library, trimmed to what Hadir's two users of ICU read: collations and Unicode properties.

Two ICUs ship on Linux: Qt's (73, in PySide6's wheel) and the bundled PostgreSQL server's (Debian's
72: ICU's C functions carry the version in their names, so one cannot stand in for the other). Each
has a 31 MB data library, most of it for formatting dates, numbers, currencies and units in 800
locales, their display names, break iterators (Thai/CJK dictionaries), transliterators and charset
converters. Neither user reads those:

- PostgreSQL uses ICU for ICU collations only (initdb lists ICU's locales and opens a collator for
  each; Hadir's database uses the libc C.UTF-8 locale);
- Qt uses it for QCollator (its file dialog's natural sort), case mapping (built into libicuuc) and
  charsets beyond UTF-8/UTF-16/Latin-1, which Hadir never asks Qt to convert. Qt's own CLDR tables,
  not ICU's, format dates and numbers (QLocale).

So the data keeps the collation tree (coll/), the locale list and the core bundles; the library is
rebuilt around it with icupkg (Debian: icu-devtools), objcopy and ld (binutils).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

# The items that go (icupkg -l names): everything but coll/, the core data and the locale list.
ICU_DROP = re.compile(
    r"^(brkitr|curr|lang|region|unit|zone|translit|rbnf)/|\.cnv$|^unames\.icu$"
    r"|^(?!root|pool|res_index|keyTypeData|metadata|supplementalData|likelySubtags|"
    r"langInfo|timezoneTypes|windowsZones|numberingSystems|icuver|icustd|plurals|genderList|"
    r"dayPeriods|grammaticalFeatures|units|tzdbNames|cnvalias)[^/]*\.res$"
)


def run(*command: str, **kwargs) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def trimmed_icu_data(original: Path, out: Path) -> None:
    """Write to `out` a copy of libicudata.so.NN holding only the data collations read (ELF, Linux)."""
    soname = original.name
    # The object format and machine of the original (elf64-x86-64, i386:x86-64 on a PC), for objcopy.
    described = run("objdump", "-f", str(original))
    elf_format = re.search(r"file format (\S+)", described)[1]
    machine = re.search(r"architecture: ([^,\s]+)", described)[1]
    symbols = run("nm", "-D", "-S", str(original))
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, re.MULTILINE)
    if not match:
        raise SystemExit(f"{original}: no ICU data symbol")
    address, size, symbol = int(match[1], 16), int(match[2], 16), match[3]
    sections = run("readelf", "-S", "-W", str(original))
    offset = None
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            offset = section_offset + address - section_address
    if offset is None:
        raise SystemExit(f"{original}: no .rodata section")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = f"{symbol[:-4]}l"  # icudt72l: little-endian
        (work / "full").mkdir()
        with original.open("rb") as handle:
            handle.seek(offset)
            (work / "full" / f"{package}.dat").write_bytes(handle.read(size))
        items = run("icupkg", "-l", f"full/{package}.dat", cwd=work).split()
        drop = [item for item in items if ICU_DROP.search(item)]
        (work / "drop.txt").write_text("\n".join(drop) + "\n")
        # The package keeps its name (icudt72l: ICU looks its items up under it).
        run("icupkg", "-r", "drop.txt", f"full/{package}.dat", f"{package}.dat", cwd=work)
        # The data as one read-only symbol of a shared library, as ICU's own build makes it.
        run(
            "objcopy", "-I", "binary", "-O", elf_format, "-B", machine,
            "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
            "--set-section-alignment", ".rodata=16",
            "--redefine-sym", f"_binary_{package}_dat_start={symbol}",
            "--strip-symbol", f"_binary_{package}_dat_end", "--strip-symbol", f"_binary_{package}_dat_size",
            f"{package}.dat", "data.o", cwd=work,
        )  # fmt: skip
        ld = ("ld", "-shared", "-z", "noexecstack", "-soname", soname, "-o", str(out.resolve()), "data.o")
        run(*ld, cwd=work)
        kept = len(items) - len(drop)
    size = out.stat().st_size / 1e6
    print(f"icu_data: {soname} keeps {kept} of {len(items)} ICU data items ({size:.1f} MB)")

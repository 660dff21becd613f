"""Safe file names for one certificate per person: `001 - Sri Wahyuni.pdf`, whatever the name holds."""

from __future__ import annotations

import re
import unicodedata

# Characters Windows refuses in a file name, and both path separators.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_RESERVED = (
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
)
MAX_STEM = 120
# File systems count bytes (255 on ext4, APFS; Windows 255 UTF-16 units): a stem of 150 UTF-8 bytes
# leaves room for "001 - ", " (12)" and ".pdf" whatever script the name is written in.
MAX_STEM_BYTES = 150
# Control characters and separators become spaces; invisible format characters disappear.
_SPACE_OR_GONE = {"Cc": " ", "Zs": " ", "Zl": " ", "Zp": " ", "Cf": "", "Cn": "", "Co": "", "Cs": ""}


def safe_file_stem(text: str, fallback: str = "sertifikat") -> str:
    """A file name stem every common file system accepts, as close to `text` as possible.

    Path separators and characters Windows forbids become spaces; control and format characters
    go; names Windows reserves (CON, NUL, COM1...) get an underscore; leading and trailing dots
    and spaces are stripped (Windows drops them); the result is at most MAX_STEM characters and
    MAX_STEM_BYTES bytes of UTF-8, cut between characters.
    """
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(_SPACE_OR_GONE.get(unicodedata.category(c), c) for c in text)
    text = _SPACES.sub(" ", _FORBIDDEN.sub(" ", text)).strip(" .")
    text = text[:MAX_STEM].encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", errors="ignore")
    text = text.rstrip(" .")
    if not text:
        return fallback
    if text.split(".")[0].upper().rstrip() in _RESERVED:
        text = "_" + text
    return text


def certificate_file_name(seq: int, name: str, taken: set[str] | None = None) -> str:
    """`001 - Sri Wahyuni.pdf`; with `taken` (lower-cased names already used) a clash gets ` (2)`."""
    stem = f"{seq:03d} - {safe_file_stem(name, 'peserta')}"
    candidate = f"{stem}.pdf"
    if taken is not None:
        n = 2
        while candidate.casefold() in taken:
            candidate = f"{stem} ({n}).pdf"
            n += 1
        taken.add(candidate.casefold())
    return candidate

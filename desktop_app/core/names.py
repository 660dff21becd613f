"""Name clean-up: whitespace and invisible characters, never the case people chose."""

from __future__ import annotations

import re
import unicodedata

from desktop_app.core.errors import InvalidField

_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# Control characters that are not white space (NUL, ESC, BEL, DEL, C1): a NUL breaks SQLite's
# search, an ESC sequence printed raw by the command line repaints the terminal. They go.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"\s+")

# Longest texts the services accept (the widgets stop typing there too; a roster cell or a
# command-line argument is checked here).
NAME_MAX = 200  # a person's or organisation's name, a position
TITLE_MAX = 300  # an event's title, organiser and partner, a session's venue


def clean_name(raw: object) -> str:
    """Normalise to NFC, drop zero-width and control characters, collapse white space, strip ends.

    Case is left alone: "dr. Ayu" and "DYAH AYU" are how people wrote their names.
    """
    if raw is None:
        return ""
    if type(raw) is str and raw.isascii() and raw.isprintable():  # the common case, ten times faster
        return " ".join(raw.split())
    text = unicodedata.normalize("NFC", str(raw))
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


def strip_control(text: str) -> str:
    """`text` without control characters other than white space (for search boxes, free text)."""
    return _CONTROL.sub("", text)


def limited_text(field: str, raw: object, limit: int, required: bool = False) -> str | None:
    """`clean_name(raw)`, or None when empty; InvalidField when required and empty or too long."""
    text = clean_name(raw)
    if not text:
        if required:
            raise InvalidField(field, "required")
        return None
    if len(text) > limit:
        raise InvalidField(field, "too_long", str(limit))
    return text


def organization_key(name: str) -> str:
    """Two spellings that differ only in case and spacing are one organisation."""
    return " ".join(name.casefold().split())


def fold_for_search(text: str) -> str:
    """Lower case without diacritics, for matching what people type against what was stored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))

"""Fitting text to a line: shrink to a minimum size, then wrap, and never let anything run off.

Widths come from reportlab's metrics of the embedded fonts; a string's width grows linearly with
the font size, so each text is measured once at 1 pt and scaled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

ELLIPSIS = "…"


@dataclass(frozen=True)
class Fit:
    """Lines of text and the font size that makes every line fit the width."""

    lines: tuple[str, ...]
    size: float


@lru_cache(maxsize=1 << 16)
def unit_width(text: str, font: str) -> float:
    """The width of `text` at 1 pt (cached: the same words recur on every certificate)."""
    return pdfmetrics.stringWidth(text, font, 1.0)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points, through the cache."""
    return unit_width(text, font) * size


def width_at(text: str, font: str, size: float, char_space: float = 0.0) -> float:
    """The advance of `text` in points, with `char_space` added after every character."""
    return text_width(text, font, size) + char_space * len(text)


def truncate(text: str, font: str, size: float, max_width: float) -> str:
    """`text`, cut and ended with an ellipsis if it is wider than `max_width`."""
    if text_width(text, font, size) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, font, size) <= max_width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def fit_line(text: str, font: str, max_width: float, max_size: float, min_size: float) -> Fit:
    """One line: the largest size up to `max_size` that fits; at `min_size`, cut with an ellipsis."""
    unit = unit_width(text, font)
    size = max_size if unit <= 0 else min(max_size, max_width / unit)
    if size >= min_size:
        return Fit((text,), size)
    return Fit((truncate(text, font, min_size, max_width),), min_size)


def _best_split(words: list[str], font: str) -> tuple[str, str, float]:
    """Two lines with the narrowest wider line (1 pt); a break after a comma is slightly preferred."""
    best: tuple[str, str, float] | None = None
    best_cost = float("inf")
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        wider = max(unit_width(first, font), unit_width(second, font))
        cost = wider * (0.96 if first.endswith(",") else 1.0)
        if cost < best_cost:
            best, best_cost = (first, second, wider), cost
    assert best is not None
    return best


def fit_name(
    text: str,
    font: str,
    max_width: float,
    max_size: float,
    min_size: float,
    two_line_max: float,
    floor: float,
) -> Fit:
    """A name on one line from `max_size` down to `min_size`; else on two lines (down to `floor`).

    Nothing is ever wider than `max_width`: a name that does not fit on two lines at `floor`
    (only absurd input) is cut with an ellipsis.
    """
    single = unit_width(text, font)
    if single <= 0 or max_width / single >= min_size:
        return Fit((text,), min(max_size, max_width / single) if single > 0 else max_size)
    words = text.split()
    if len(words) < 2:  # one very long word: break it in the middle
        half = len(text) // 2
        words = [text[:half], text[half:]]
    first, second, wider = _best_split(words, font)
    size = min(two_line_max, max_width / wider)
    if size >= floor:
        return Fit((first, second), size)
    return Fit((truncate(first, font, floor, max_width), truncate(second, font, floor, max_width)), floor)


_BREAKS = re.compile(r"[ \t\r\n]+")  # str.split() would also break at U+00A0


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is cut with an ellipsis.

    A no-break space (U+00A0) keeps its words on one line (a phone number such as "(0271) 593068").
    """
    lines: list[str] = []
    current = ""
    space = text_width(" ", font, size)
    current_width = 0.0
    for word in _BREAKS.split(text.strip(" \t\r\n")):
        word_width = text_width(word, font, size)
        if word_width > max_width:
            word = truncate(word, font, size, max_width)
            word_width = text_width(word, font, size)
        if current and current_width + space + word_width <= max_width:
            current += " " + word
            current_width += space + word_width
        else:
            if current:
                lines.append(current)
            current, current_width = word, word_width
    if current:
        lines.append(current)
    return lines


def fit_paragraph(
    text: str, font: str, max_width: float, size: float, min_size: float, max_lines: int
) -> Fit:
    """Wrapped lines at the largest size (down to `min_size`) that needs at most `max_lines` lines."""
    current = size
    while True:
        lines = wrap(text, font, current, max_width)
        if len(lines) <= max_lines or current <= min_size:
            return Fit(tuple(lines), current)
        current = max(min_size, current - 0.5)

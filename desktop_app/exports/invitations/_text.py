"""Fitting text into a card without ever cutting a word: wrap, shrink to a floor, then use more lines."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` (a word wider than it stands alone)."""
    out: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if not current or stringWidth(trial, font, size) <= width:
            current = trial
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    return out


def fit_lines(
    text: str, font: str, size: float, width: float, lines: int, smallest: float
) -> tuple[float, list[str]]:
    """The largest size from `size` down to `smallest` at which `text` takes at most `lines` lines.

    If even `smallest` needs more lines, those lines are returned: a word is never cut off.
    A single word wider than `width` at `smallest` shrinks further, so it never sticks out.
    """
    current = size
    while True:
        out = wrap(text, font, current, width)
        if len(out) <= lines or current <= smallest:
            break
        current -= 0.5
    while current > 4 and any(stringWidth(line, font, current) > width for line in out):
        current -= 0.25
    return current, out

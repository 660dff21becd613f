"""Colours of the desk: green admitted, red refused, amber near full, read at a glance from a metre away."""

from __future__ import annotations

from desktop_app.ui.style import ACCENT, ACCENT_DARK

GREEN = "#1b7f45"
GREEN_BG = "#e2f5e9"
GREEN_FLASH = "#2fbf71"
RED = "#b3261e"
RED_BG = "#fde8e6"
RED_FLASH = "#e5483d"
AMBER = "#8a5a00"
AMBER_BG = "#fff4d6"
ORANGE = "#e08a00"
INFO = "#1f3b36"
INFO_BG = "#eef3f2"
TEAL_TEXT = "#0b5e50"
TEAL_BG = "#e3f2ee"
MUTED = "#5d6d6a"
BORDER = "#d3dddb"

DESK_STYLE = f"""
QFrame#deskCard {{ background: white; border: 1px solid {BORDER}; border-radius: 8px; }}
QLabel#cardName {{ font-size: 24pt; font-weight: 700; color: #10231f; }}
QLabel#cardOrg {{ font-size: 12pt; color: #22312f; }}
QLabel#cardDetail {{ font-size: 10.5pt; color: {MUTED}; }}
QLabel#cardPlaceholder {{ font-size: 12pt; color: {MUTED}; }}
QLabel#kindBadge {{ border-radius: 9px; padding: 2px 10px; font-weight: 600; }}
QLabel#cardWarning {{ background: {AMBER_BG}; color: {AMBER}; border: 1px solid #f0dca0; border-radius: 6px;
  padding: 6px 10px; }}
QLabel#cardHere {{ background: {RED_BG}; color: {RED}; border: 1px solid #f5c2bb; border-radius: 6px;
  padding: 6px 10px; font-weight: 600; }}
QLabel#gaugeCount {{ font-size: 30pt; font-weight: 700; color: #10231f; }}
QLabel#gaugeLeft {{ font-size: 12pt; font-weight: 600; }}
QLabel#panelTitle {{ font-size: 10pt; font-weight: 700; color: {MUTED}; letter-spacing: 1px; }}
QLineEdit#searchBox {{ font-size: 15pt; padding: 8px 10px; border: 2px solid {ACCENT}; border-radius: 6px; }}
QLineEdit#temperatureEdit {{ font-size: 20pt; font-weight: 600; padding: 4px 8px; border: 2px solid {BORDER};
  border-radius: 6px; }}
QLineEdit#temperatureEdit:focus {{ border-color: {ACCENT}; }}
QLabel#screeningRefusal {{ color: {RED}; font-weight: 600; }}
QPushButton#admitButton {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; border-radius: 6px;
  padding: 10px 18px; font-size: 13pt; font-weight: 700; }}
QPushButton#admitButton:hover {{ background: {ACCENT_DARK}; }}
QPushButton#admitButton:disabled {{ background: #b9d3cd; border-color: #b9d3cd; }}
QPushButton#overrideButton {{ background: white; color: {RED}; border: 1px solid {RED}; border-radius: 6px;
  padding: 10px 14px; font-weight: 600; }}
QScrollBar:vertical {{ background: #eef2f1; width: 12px; margin: 0; border: none; }}
QScrollBar::handle:vertical {{ background: #b8c6c3; border-radius: 5px; min-height: 28px; margin: 1px 2px; }}
QScrollBar::handle:vertical:hover {{ background: {MUTED}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""
# The scroll bars above are flat on purpose: the style's own (gradients, arrows) took 1-3 ms to
# paint, and the result list's bar repaints on nearly every keystroke (its range follows the hits).


def bar_style(colour: str) -> str:
    """A flat progress bar in `colour`."""
    return (
        f"QProgressBar {{ border: none; background: #e6ecea; border-radius: 6px; }}"
        f"QProgressBar::chunk {{ background: {colour}; border-radius: 6px; }}"
    )

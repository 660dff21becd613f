"""The application's look: a calm teal accent, a light navigation rail, clear headings."""

from __future__ import annotations

ACCENT = "#0f8a74"
ACCENT_DARK = "#0b6e5d"
ALTERNATE_ROW = "#f7faf9"
SELECTION = "#cde8e1"
SELECTION_TEXT = "#0a2f29"

STYLE_SHEET = f"""
QWidget#navigationPanel {{ background: #eef3f2; border-right: 1px solid #d3dddb; }}
QLabel#brand {{ font-size: 15pt; font-weight: 600; color: #12332e; }}
QListWidget#navigation {{ background: transparent; border: none; outline: 0; }}
QListWidget#navigation::item {{ padding: 8px 10px; margin: 2px 0; border-radius: 6px; color: #22312f; }}
QListWidget#navigation::item:hover:!selected {{ background: #e1ebe9; }}
QListWidget#navigation::item:selected {{ background: #cde8e1; color: #0a4f44; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: #17302c; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: #17302c; }}
QLabel#dialogHeading {{ font-weight: 600; }}
QLabel#emptyHeading {{ font-size: 14pt; font-weight: 600; color: #17302c; }}
QLabel#lead {{ font-size: 11pt; color: #22312f; }}
QLabel#features {{ font-size: 10.5pt; color: #22312f; }}
QStackedWidget#pages {{ background: #f8faf9; }}
QHeaderView::section {{ background: #f1f5f4; color: #1f2f2d; padding: 5px 4px;
  border: none; border-bottom: 1px solid #d3dddb; border-right: 1px solid #e3e9e8; }}
QTableView {{ gridline-color: #e3e9e8; border: 1px solid #d3dddb; background: white;
  alternate-background-color: {ALTERNATE_ROW}; }}
QTableView::item {{ padding: 0 4px; }}
QLabel#muted {{ color: #5d6d6a; }}
QLabel#badge {{ background: #fff4d6; color: #7a5b00; border: 1px solid #f0dca0; border-radius: 9px;
  padding: 2px 10px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; border-radius: 4px;
  padding: 5px 16px; font-weight: 600; }}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primary:disabled {{ background: #9fc9c0; border-color: #9fc9c0; }}
QTableView {{ selection-background-color: {SELECTION}; selection-color: {SELECTION_TEXT}; }}
QGroupBox {{ font-weight: 600; }}
QStatusBar QLabel {{ color: #41524f; padding: 0 6px; }}
"""

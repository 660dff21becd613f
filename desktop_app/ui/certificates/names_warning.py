"""The names the certificate cannot print as written, listed before anyone prints (a warning box)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.exports.certificates.glyphs import NameProblem


class NamesWarning(QLabel):
    """Hidden while every name prints; otherwise names each problem and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warning")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#warning { background: #FEF3C7; color: #78350F; padding: 8px; }")
        self.problems: list[NameProblem] = []
        self.hide()

    def set_problems(self, problems: Sequence[NameProblem]) -> None:
        """Show `problems` (none: hide)."""
        self.problems = list(problems)
        self.setVisible(bool(problems))
        if not problems:
            return
        lines = [self.tr("These names cannot be printed as written; correct them under People first:")]
        for p in problems:
            why = self.tr("prints as boxes: {chars}").format(chars=p.characters)
            lines.append(f"• {p.name} — {why}")
        self.setText("\n".join(lines))

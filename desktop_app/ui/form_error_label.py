"""The red sentence under a form that says what to correct; the form stays open and keeps its input."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.errors import InvalidField, NotFound
from desktop_app.ui.error_messages import error_text

INVALID_PROPERTY = "invalid"
T = TypeVar("T")


class FormErrorLabel(QLabel):
    """Hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formError")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#formError { color: #8a1f11; background: #fdecea; border: 1px solid #f5c2bb;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self._marked: QWidget | None = None
        self.hide()

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        """Show `text` and mark `field` (focused, with a red border) as the one to correct."""
        self.clear_error()
        self.setText(text)
        self.show()
        if field is not None:
            field.setProperty(INVALID_PROPERTY, True)
            field.setStyleSheet("border: 1px solid #c0392b;")
            field.setFocus()
            self._marked = field

    def attempt(self, save: Callable[[], T], fields: Mapping[str, QWidget]) -> T | None:
        """Run `save`; if the service refuses the form's input, say why here and give None.

        `fields` maps the service's field names to the widgets that hold them, so the one to
        correct is marked. A record gone meanwhile (another desk deleted it) is said too.
        """
        try:
            return save()
        except InvalidField as exc:
            self.show_error(error_text(exc), fields.get(exc.field))
        except NotFound as exc:
            self.show_error(error_text(exc))
        return None

    def clear_error(self) -> None:
        """Hide the message and unmark the field."""
        if self._marked is not None:
            self._marked.setProperty(INVALID_PROPERTY, False)
            self._marked.setStyleSheet("")
            self._marked = None
        self.clear()
        self.hide()

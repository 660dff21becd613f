"""The sentences of sign-in and operator management, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import HadirError, InvalidField, NotAllowed
from desktop_app.core.pin import OperatorLocked, WrongPin
from desktop_app.ui.error_messages import error_text


def role_name(role: str) -> str:
    """`Admin` or `Desk operator`."""
    return (
        QCoreApplication.translate("SignInMessages", "Admin")
        if role == "admin"
        else QCoreApplication.translate("SignInMessages", "Desk operator")
    )


def operator_label(name: str, role: str) -> str:
    """`Sri Wahyuni (Admin)`."""
    return QCoreApplication.translate("SignInMessages", "{name} ({role})").format(
        name=name, role=role_name(role)
    )


def pins_differ() -> str:
    """The two PIN fields hold different PINs."""
    return QCoreApplication.translate(
        "SignInMessages", "The two PINs are not the same. Type the same PIN twice."
    )


def signin_error(exc: HadirError) -> str:
    """A refused sign-in, unlock or operator change as one sentence that says what to do."""
    if isinstance(exc, OperatorLocked):
        return QCoreApplication.translate(
            "SignInMessages",
            "Too many wrong PINs. Try again in {seconds} seconds, or ask an admin to reset the PIN.",
        ).format(seconds=exc.seconds)
    if isinstance(exc, WrongPin):
        if exc.tries_left and exc.tries_left <= 3:
            return QCoreApplication.translate(
                "SignInMessages", "Wrong PIN. {count} tries left before a one-minute lock."
            ).format(count=exc.tries_left)
        return QCoreApplication.translate("SignInMessages", "Wrong PIN. Try again.")
    if isinstance(exc, InvalidField):
        texts = {
            ("pin", "format"): QCoreApplication.translate(
                "SignInMessages", "The PIN has 4 to 8 digits (numbers only)."
            ),
            ("name", "required"): QCoreApplication.translate(
                "SignInMessages", "Please enter the operator's name."
            ),
            ("name", "taken"): QCoreApplication.translate(
                "SignInMessages", "There is already an operator called “{detail}”. Choose another name."
            ),
            ("name", "too_long"): QCoreApplication.translate(
                "SignInMessages", "The name is too long (at most {detail} characters)."
            ),
            ("operator", "self"): QCoreApplication.translate(
                "SignInMessages", "You cannot deactivate yourself while signed in."
            ),
            ("operator", "last_admin"): QCoreApplication.translate(
                "SignInMessages", "This is the last admin who can sign in: add another admin first."
            ),
            ("idle_minutes", "out_of_range"): QCoreApplication.translate(
                "SignInMessages", "The lock time must be between 1 and 240 minutes."
            ),
            ("retention_days", "out_of_range"): QCoreApplication.translate(
                "SignInMessages", "Health answers are kept between 1 and 3650 days."
            ),
        }
        text = texts.get((exc.field, exc.problem))
        if text is not None:
            return text.format(detail=exc.detail)
    if isinstance(exc, NotAllowed):
        return QCoreApplication.translate(
            "SignInMessages", "Only an admin may do this. Ask an admin to sign in."
        )
    return error_text(exc)

"""The desk's sentences: screening reasons, refusals and form errors in the user's language.

The services raise typed errors with codes (`fever`, `symptom:cough`, `pl:red`, `CapacityFull`);
this is the one place that turns them into words, so the banner, the card and the dialogs agree.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import (
    AlreadyCheckedIn,
    CapacityFull,
    HadirError,
    InvalidField,
    InvalidNik,
    InvalidPhone,
    NotAllowed,
    NotCheckedIn,
    ScreeningFailed,
    UnknownPerson,
)
from desktop_app.core.timezones import local_clock
from desktop_app.services.settings import ScreeningQuestion
from desktop_app.ui import formatting
from desktop_app.ui.error_messages import error_text

# Written out in full each time: pyside6-lupdate only recognises literal `translate("Context", "…")` calls.


class CheckinMessages:
    """Translations of the check-in codes; every method is static."""

    @staticmethod
    def question_label(question: ScreeningQuestion) -> str:
        """The question as the desk asks it: built-in codes translated, custom ones as typed."""
        if question.label:
            return question.label
        built_in = {
            "fever": QCoreApplication.translate("CheckinMessages", "Fever (≥ 37.3 °C) in the last 14 days?"),
            "cough": QCoreApplication.translate("CheckinMessages", "Cough, runny nose or sore throat?"),
            "breath": QCoreApplication.translate("CheckinMessages", "Shortness of breath?"),
            "travel": QCoreApplication.translate(
                "CheckinMessages", "Travelled out of town or abroad in the last 14 days?"
            ),
            "contact": QCoreApplication.translate(
                "CheckinMessages", "Contact with a COVID-19 case in the last 14 days?"
            ),
            "isolation": QCoreApplication.translate("CheckinMessages", "Currently in self-isolation?"),
        }
        return built_in.get(question.code, question.code)

    @staticmethod
    def pl_colour(code: str) -> str:
        """A PeduliLindungi colour's name."""
        names = {
            "green": QCoreApplication.translate("CheckinMessages", "Green"),
            "yellow": QCoreApplication.translate("CheckinMessages", "Yellow"),
            "red": QCoreApplication.translate("CheckinMessages", "Red"),
            "black": QCoreApplication.translate("CheckinMessages", "Black"),
        }
        return names.get(code, code)

    @staticmethod
    def reason(
        code: str,
        questions: Iterable[ScreeningQuestion] = (),
        temperature: float | None = None,
        max_temp: float | None = None,
    ) -> str:
        """One screening reason code (`fever`, `no_mask`, `symptom:<code>`, `pl:<colour>`) as words."""
        if code == "fever":
            if temperature is not None and max_temp is not None:
                return QCoreApplication.translate(
                    "CheckinMessages", "Temperature {temp} is above the limit of {limit}"
                ).format(temp=formatting.temperature(temperature), limit=formatting.temperature(max_temp))
            return QCoreApplication.translate("CheckinMessages", "Temperature above the limit")
        if code == "no_mask":
            return QCoreApplication.translate("CheckinMessages", "Not wearing a mask")
        kind, _, detail = code.partition(":")
        if kind == "symptom":
            by_code = {q.code: q for q in questions}
            question = by_code.get(detail, ScreeningQuestion(detail))
            return QCoreApplication.translate("CheckinMessages", "Answered yes: {question}").format(
                question=CheckinMessages.question_label(question)
            )
        if kind == "pl":
            if detail in ("", "unknown"):
                return QCoreApplication.translate("CheckinMessages", "PeduliLindungi status not checked")
            return QCoreApplication.translate("CheckinMessages", "PeduliLindungi status is {colour}").format(
                colour=CheckinMessages.pl_colour(detail).lower()
            )
        return code

    @staticmethod
    def screening_refused(name: str, reasons: Iterable[str]) -> str:
        """The banner when the screening refuses entry: who, and every reason."""
        return QCoreApplication.translate("CheckinMessages", "Refused: {name}. {reasons}.").format(
            name=name, reasons="; ".join(reasons)
        )

    @staticmethod
    def capacity_full(exc: CapacityFull) -> str:
        """The session has no seat left."""
        return QCoreApplication.translate(
            "CheckinMessages", "The session is full: {attended} of {capacity} seats are taken."
        ).format(attended=exc.attended, capacity=exc.capacity)

    @staticmethod
    def already_here(name: str, at_clock: str, operator: str | None) -> str:
        """`Sudah hadir pukul 09:14 WIB (petugas Admin)`, with the name when asked."""
        if operator:
            text = QCoreApplication.translate(
                "CheckinMessages", "Already checked in at {time} (operator {operator})"
            )
        else:
            text = QCoreApplication.translate("CheckinMessages", "Already checked in at {time}")
        text = text.format(time=at_clock, operator=operator)
        return f"{name}: {text}" if name else text

    @staticmethod
    def other_batches(batches: Iterable[int]) -> str:
        """The warning for someone who already attended another batch of the event."""
        listed = ", ".join(str(b) for b in batches)
        return QCoreApplication.translate(
            "CheckinMessages", "Already attended batch {batches} of this event"
        ).format(batches=listed)

    @staticmethod
    def nik_problem(problem: str) -> str:
        """Why a NIK was refused, and what a good one looks like."""
        texts = {
            "empty": QCoreApplication.translate("CheckinMessages", "Please enter the NIK."),
            "not_digits": QCoreApplication.translate("CheckinMessages", "A NIK has digits only."),
            "length": QCoreApplication.translate("CheckinMessages", "A NIK has exactly 16 digits."),
            "province": QCoreApplication.translate(
                "CheckinMessages", "The NIK's first two digits are not an Indonesian province."
            ),
            "regency": QCoreApplication.translate(
                "CheckinMessages", "The NIK's first four digits are not a known regency."
            ),
            "date": QCoreApplication.translate(
                "CheckinMessages", "The NIK's birth date (digits 7–12) is not a real date."
            ),
            "serial": QCoreApplication.translate(
                "CheckinMessages", "The NIK's last four digits cannot be 0000."
            ),
        }
        return texts.get(problem, QCoreApplication.translate("CheckinMessages", "This NIK is not valid."))

    @staticmethod
    def phone_problem(problem: str) -> str:
        """Why a phone number was refused."""
        texts = {
            "not_indonesian": QCoreApplication.translate(
                "CheckinMessages", "Only Indonesian numbers (+62) are accepted."
            ),
            "length": QCoreApplication.translate(
                "CheckinMessages", "An Indonesian mobile number is 08 followed by 8 to 11 digits."
            ),
        }
        return texts.get(
            problem,
            QCoreApplication.translate(
                "CheckinMessages", "This phone number is not valid, e.g. 0812-3456-7890."
            ),
        )

    @staticmethod
    def error(exc: HadirError, zone: str = "Asia/Jakarta") -> str:
        """Any error the desk may meet, as one sentence (never a traceback)."""
        if isinstance(exc, CapacityFull):
            return CheckinMessages.capacity_full(exc)
        if isinstance(exc, AlreadyCheckedIn):
            return CheckinMessages.already_here(exc.name, local_clock(exc.at, exc.zone or zone), exc.operator)
        if isinstance(exc, ScreeningFailed):
            return CheckinMessages.screening_refused("", (CheckinMessages.reason(r) for r in exc.reasons))
        if isinstance(exc, NotAllowed):
            return QCoreApplication.translate("CheckinMessages", "Only an admin may do this.")
        if isinstance(exc, NotCheckedIn):
            return QCoreApplication.translate(
                "CheckinMessages", "{name} is not checked in to this session."
            ).format(name=exc.name)
        if isinstance(exc, UnknownPerson):
            return QCoreApplication.translate("CheckinMessages", "Nobody matches this code or number.")
        if isinstance(exc, InvalidNik):
            return CheckinMessages.nik_problem(exc.problem)
        if isinstance(exc, InvalidPhone):
            return CheckinMessages.phone_problem(exc.problem)
        if isinstance(exc, InvalidField):
            return CheckinMessages.field_error(exc)
        return error_text(exc)

    @staticmethod
    def field_error(exc: InvalidField) -> str:
        """The desk's own fields (names, reasons, NIK already registered)."""
        texts = {
            ("name", "required"): QCoreApplication.translate("CheckinMessages", "Please enter the name."),
            ("nik", "taken"): QCoreApplication.translate(
                "CheckinMessages", "This NIK is already registered: choose the existing person."
            ),
            ("undo_reason", "required"): QCoreApplication.translate(
                "CheckinMessages", "Please give a reason for the undo."
            ),
            ("override_reason", "required"): QCoreApplication.translate(
                "CheckinMessages", "Please give a reason for the override."
            ),
            ("organization", "required"): QCoreApplication.translate(
                "CheckinMessages", "Please enter the organisation's name."
            ),
        }
        return texts.get((exc.field, exc.problem)) or error_text(exc)

    @staticmethod
    def org_kind(kind: str | None) -> str:
        """UMKM or Koperasi."""
        return {
            "umkm": QCoreApplication.translate("CheckinMessages", "UMKM"),
            "koperasi": QCoreApplication.translate("CheckinMessages", "Cooperative"),
        }.get(kind or "", kind or "")

    @staticmethod
    def sex(code: str | None) -> str:
        """Laki-laki / Perempuan."""
        return {
            "L": QCoreApplication.translate("CheckinMessages", "Male"),
            "P": QCoreApplication.translate("CheckinMessages", "Female"),
        }.get(code or "", "")

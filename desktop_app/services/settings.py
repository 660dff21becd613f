"""Business settings kept in the database (window geometry and folders live in QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import InvalidField
from desktop_app.core.names import clean_name
from desktop_app.core.screening import DEFAULT_SYMPTOMS
from desktop_app.exports.letterhead import PAPER_MM, Letterhead, PrintSetup, Signatory, nip_digits
from desktop_app.services.audit import record
from desktop_app.services.roles import require_admin
from desktop_app.storage.database import Database
from desktop_app.storage.models import Setting

SCREENING_QUESTIONS = "screening.questions"
REPORT_LETTERHEAD = "report.letterhead"
REPORT_SIGNATORIES = "report.signatories"
REPORT_PAPER = "report.paper"


@dataclass(frozen=True)
class ScreeningQuestion:
    """One yes/no question at the door. Built-in ones have no label: the UI translates the code."""

    code: str
    label: str | None = None


class SettingsService:
    """Read and change business settings; every change is audited."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under `key`, or `default`."""
        with self._db.session() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def set(self, key: str, value: Any, operator_id: int | None) -> None:
        """Store `value` under `key` (admins only: NotAllowed for anyone else)."""
        require_admin(self._db, operator_id, "change settings")
        with self._db.transaction() as s:
            row = s.get(Setting, key)
            before = None if row is None else row.value
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
            record(s, "update", "setting", None, operator_id, key=key, before=before, after=value)

    def screening_questions(self) -> list[ScreeningQuestion]:
        """The symptom and risk questions asked at the door, in order."""
        stored = self.get(SCREENING_QUESTIONS)
        if not stored:
            return [ScreeningQuestion(code) for code in DEFAULT_SYMPTOMS]
        return [ScreeningQuestion(item["code"], item.get("label")) for item in stored]

    def set_screening_questions(self, questions: list[ScreeningQuestion], operator_id: int | None) -> None:
        """Replace the list; custom questions need a label, codes must be unique."""
        seen: set[str] = set()
        items = []
        for q in questions:
            code = clean_name(q.code).lower().replace(" ", "_")
            if not code or code in seen:
                raise InvalidField("screening_questions", "duplicate" if code else "required", code)
            if code not in DEFAULT_SYMPTOMS and not clean_name(q.label):
                raise InvalidField("screening_questions", "label_required", code)
            seen.add(code)
            items.append({"code": code, "label": clean_name(q.label) or None})
        self.set(SCREENING_QUESTIONS, items, operator_id)

    # -- letterhead, signatories and paper of the attendance documents --------------------------

    def letterhead(self) -> Letterhead:
        """The kop printed on the attendance workbook and sheet (Sukoharjo's office by default)."""
        return Letterhead.from_json(self.get(REPORT_LETTERHEAD))

    def set_letterhead(self, letterhead: Letterhead, operator_id: int | None) -> None:
        """Store the kop; the office's name is required."""
        if not clean_name(letterhead.office):
            raise InvalidField("office", "required")
        self.set(REPORT_LETTERHEAD, letterhead.to_json(), operator_id)

    def signatories(self) -> tuple[Signatory, ...]:
        """Who signs "Mengetahui" under the attendance sheet, first one on the right."""
        stored = self.get(REPORT_SIGNATORIES)
        if not stored:
            return (Signatory(),)
        return tuple(Signatory.from_json(item) for item in stored)

    def set_signatories(self, signatories: list[Signatory], operator_id: int | None) -> None:
        """Store one or two signatories; a NIP, when given, has 18 digits (stored without spaces)."""
        if not 1 <= len(signatories) <= 2:
            raise InvalidField("signatories", "out_of_range", "1-2")
        items = []
        for person in signatories:
            nip = nip_digits(person.nip)
            if person.nip.strip() and len(nip) != 18:
                raise InvalidField("nip", "format", "18 digits")
            items.append(
                Signatory(clean_name(person.name), clean_name(person.title), clean_name(person.rank), nip)
            )
        self.set(REPORT_SIGNATORIES, [item.to_json() for item in items], operator_id)

    def paper_size(self) -> str:
        """`A4` (default) or `F4` (Folio, 215 × 330 mm)."""
        value = self.get(REPORT_PAPER)
        return value if value in PAPER_MM else "A4"

    def set_paper_size(self, paper: str, operator_id: int | None) -> None:
        """Choose the paper of printed documents."""
        if paper not in PAPER_MM:
            raise InvalidField("paper", "unknown", "/".join(PAPER_MM))
        self.set(REPORT_PAPER, paper, operator_id)

    def print_setup(self) -> PrintSetup:
        """Letterhead, signatories and paper together, as the writers take them."""
        return PrintSetup(self.letterhead(), self.signatories(), self.paper_size())

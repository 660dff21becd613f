"""Business settings kept in the database (window geometry and folders live in QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import InvalidField
from desktop_app.core.names import clean_name
from desktop_app.core.screening import DEFAULT_SYMPTOMS
from desktop_app.services.audit import record
from desktop_app.storage.database import Database
from desktop_app.storage.models import Setting

SCREENING_QUESTIONS = "screening.questions"


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
        """Store `value` under `key`."""
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

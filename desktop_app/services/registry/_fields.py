"""Small rules the registry's edits share: optional texts, and audit details without full identifiers."""

from __future__ import annotations

from desktop_app.core.names import clean_name
from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import mask_phone

_MASKED = {"nik": mask_nik, "phone": mask_phone}


def optional_text(value: str | None) -> str | None:
    """Cleaned text, or None when nothing is left."""
    return clean_name(value) or None


def audit_value(field: str, value: object) -> object:
    """A value as the audit log may hold it: NIK and phone masked, dates as text."""
    if field in _MASKED:
        return _MASKED[field](value) or None  # type: ignore[operator]
    return value if value is None or isinstance(value, int | str) else str(value)


def changes(before: dict[str, object], after: dict[str, object]) -> dict[str, list[object]]:
    """`{field: [old, new]}` for every field that changed, ready for the audit log."""
    return {k: [audit_value(k, before[k]), audit_value(k, v)] for k, v in after.items() if before[k] != v}

"""Small rules the registry's edits share: optional texts, and audit details without full identifiers."""

from __future__ import annotations

from desktop_app.core.names import clean_name
from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import mask_phone

_MASKED = {"nik": mask_nik, "phone": mask_phone}
# A person's kecamatan (NIK digits 5-6), birth date and sex (digits 7-12) are exactly what the
# masked NIK hides: an audit entry showing them would rebuild it. They are masked in the log too.
NIK_PARTS = frozenset({"kecamatan", "birth_date", "sex"})
HIDDEN = "***"


def optional_text(value: str | None) -> str | None:
    """Cleaned text, or None when nothing is left."""
    return clean_name(value) or None


def audit_value(field: str, value: object, hidden: frozenset[str] = frozenset()) -> object:
    """A value as the audit log may hold it: NIK and phone masked, `hidden` fields starred, dates as text."""
    if field in hidden:
        return None if value is None or value == "" else HIDDEN
    if field in _MASKED:
        return _MASKED[field](value) or None  # type: ignore[operator]
    return value if value is None or isinstance(value, int | str) else str(value)


def changes(
    before: dict[str, object], after: dict[str, object], hidden: frozenset[str] = frozenset()
) -> dict[str, list[object]]:
    """`{field: [old, new]}` for every field that changed, ready for the audit log."""
    return {
        k: [audit_value(k, before[k], hidden), audit_value(k, v, hidden)]
        for k, v in after.items()
        if before[k] != v
    }

"""Indonesian phone numbers: stored in E.164 (`+628…`), shown the local way (`0812-…`).

Spreadsheets lose the leading zero (`812…`), people type `+62`, `62`, spaces, dots and dashes;
all of these mean the same number. `phonenumbers` holds the numbering plan.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from desktop_app.core.errors import InvalidPhone

_SEPARATORS = re.compile(r"[\s.\-()/\u00a0]+")
_MOBILE_NATIONAL = re.compile(r"^8\d{8,11}$")  # 08 + 8–11 digits, without the trunk zero
# phonenumbers' own pattern for Indonesian mobiles: checked here first, because the full parse
# costs about 30 µs a number and a 10,000-row roster must import in a fraction of a second.
MIN_NATIONAL_DIGITS = 8  # the shortest landline, area code included (e.g. 21 + 6 digits)
_KNOWN_MOBILE = re.compile(r"^8[1-35-9]\d{7,10}$")


def _national_digits(raw: object) -> str:
    """Digits of the national significant number, or raise InvalidPhone."""
    if raw is None:
        raise InvalidPhone("empty")
    if isinstance(raw, float):
        if not raw.is_integer():
            raise InvalidPhone("not_digits")
        raw = int(raw)
    if type(raw) is str and raw.isascii() and raw.isdigit():
        text = raw  # the common case: nothing to strip
    else:
        text = _SEPARATORS.sub("", str(raw).strip().lstrip("'"))
    if not text:
        raise InvalidPhone("empty")
    if text.startswith("+"):
        if not text.startswith("+62"):
            raise InvalidPhone("not_indonesian")
        text = text[3:]
    elif text.startswith("0062"):
        text = text[4:]
    elif text.startswith("62") and len(text) >= 10:
        text = text[2:]
    elif text.startswith("0"):
        text = text[1:]
    if not text.isascii() or not text.isdigit():
        raise InvalidPhone("not_digits")
    return text.lstrip("0") if text.startswith("0") else text


def normalize_phone(raw: object) -> str:
    """Return the number in E.164, e.g. `+6281234567890`.

    Raises:
        InvalidPhone: when it is empty, not digits, foreign, or impossible in Indonesia.
    """
    national = _national_digits(raw)
    if national.startswith("8") and not _MOBILE_NATIONAL.match(national):
        raise InvalidPhone("length")
    if len(national) < MIN_NATIONAL_DIGITS:
        raise InvalidPhone("length")
    if _KNOWN_MOBILE.match(national):
        return "+62" + national
    try:
        number = phonenumbers.parse("+62" + national, None)
    except NumberParseException:
        raise InvalidPhone("not_digits") from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidPhone("length")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def try_normalize_phone(raw: object) -> str | None:
    """`normalize_phone`, or None when the value is not a usable number."""
    try:
        return normalize_phone(raw)
    except InvalidPhone:
        return None


def is_mobile(e164: str) -> bool:
    """True for a number on an Indonesian mobile prefix that phonenumbers recognises."""
    if e164.startswith("+62") and _KNOWN_MOBILE.match(e164[3:]):
        return True
    number = phonenumbers.parse(e164, None)
    kind = phonenumbers.number_type(number)
    return kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def format_local(e164: str | None) -> str:
    """`+6281234567890` -> `0812-3456-7890`; landlines in phonenumbers' national format."""
    if not e164:
        return ""
    if not e164.startswith("+62"):
        return e164
    national = e164[3:]
    if _MOBILE_NATIONAL.match(national):
        digits = "0" + national
        head, rest = digits[:4], digits[4:]
        split = (len(rest) + 1) // 2 if len(rest) <= 6 else 4
        return f"{head}-{rest[:split]}-{rest[split:]}"
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def mask_phone(e164: str | None) -> str:
    """`0812-****-7890`: the first and last four digits, enough to recognise one's own number.

    Always the same shape, whatever the number's length, so a list of masked numbers lines up.
    A foreign number keeps its `+`; a very short one shows only its last two digits.
    """
    local = format_local(e164)
    digits = "".join(c for c in local if c.isdigit())
    plus = "+" if local.startswith("+") else ""
    if len(digits) <= 8:
        return plus + "*" * max(len(digits) - 2, 0) + digits[-2:] if digits else ""
    return f"{plus}{digits[:4]}-****-{digits[-4:]}"


def phone_search_keys(raw: str) -> str | None:
    """The national digits a partial phone query stands for (`0812…`, `+62 812…`, `812…` alike)."""
    text = _SEPARATORS.sub("", raw.strip())
    if text.startswith("+62"):
        text = text[3:]
    elif text.startswith("62") and len(text) >= 5:
        text = text[2:]
    text = text.lstrip("0")
    return text if text.isdigit() and len(text) >= 3 else None

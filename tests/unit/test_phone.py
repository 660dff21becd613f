"""Indonesian phone numbers: every spelling people and spreadsheets use means one E.164 number."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import InvalidPhone
from desktop_app.core.phone import format_local, is_mobile, mask_phone, normalize_phone, try_normalize_phone

E164 = "+6281234567890"


@pytest.mark.parametrize(
    "raw",
    [
        "0812-3456-7890",
        "+62 812 3456 7890",
        "6281234567890",
        "81234567890",  # Excel dropped the leading zero
        81234567890,  # ... and stored it as a number
        81234567890.0,
        "(0812) 3456.7890",
        "'081234567890",
        "0062 812 3456 7890",
    ],
)
def test_spellings_of_one_mobile_give_one_e164(raw: object) -> None:
    assert normalize_phone(raw) == E164


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("0812", "length"),
        ("08123456", "length"),  # 08 + 6 digits
        ("081234567890123", "length"),  # 08 + 13 digits
        ("0812abc4567", "not_digits"),
        ("+1 202 555 0100", "not_indonesian"),
        ("+44 20 7946 0958", "not_indonesian"),
        ("", "empty"),
        (None, "empty"),
        (812345678.5, "not_digits"),
    ],
)
def test_impossible_numbers_are_refused(raw: object, problem: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        normalize_phone(raw)
    assert info.value.problem == problem
    assert try_normalize_phone(raw) is None


def test_format_local_and_mask() -> None:
    assert format_local(E164) == "0812-3456-7890"
    assert format_local(None) == ""
    masked = mask_phone(E164)
    assert masked == "0812-****-7890"
    assert "3456" not in masked
    assert mask_phone(None) == ""


def test_masks_have_one_shape_whatever_the_length() -> None:
    assert mask_phone("+62898123456728") == "0898-****-6728"  # 0898-1234-56728 in full
    assert mask_phone("+628981236728") == "0898-****-6728"
    assert mask_phone("+62898126728") == "0898-****-6728"
    assert mask_phone("+6512345678") == "+6512-****-5678"  # foreign: stays visibly foreign
    assert mask_phone("+62211234") == "****34"  # short landline (021) 1234


mobiles = st.from_regex(r"\A8[1-9][0-9]{7,10}\Z", fullmatch=True)  # national part of 08 + 8..11 digits


def _spellings(national: str) -> list[object]:
    local = "0" + national
    return [
        local,
        national,
        int(national),
        "62" + national,
        "+62" + national,
        "+62 " + " ".join(national[i : i + 3] for i in range(0, len(national), 3)),
        "-".join([local[:4], local[4:8], local[8:]]).rstrip("-"),
        f"({local[:4]}) {local[4:8]}.{local[8:]}",
        "'" + local,
    ]


@given(mobiles)
def test_every_spelling_of_a_mobile_normalises_the_same(national: str) -> None:
    expected = "+62" + national
    for spelling in _spellings(national):
        assert normalize_phone(spelling) == expected, spelling


@given(mobiles)
def test_local_format_keeps_the_digits(national: str) -> None:
    local = format_local(normalize_phone("0" + national))
    assert local.startswith("08")
    assert local.replace("-", "") == "0" + national
    assert normalize_phone(local) == "+62" + national
    masked = mask_phone("+62" + national)
    digits = local.replace("-", "")
    assert masked == f"{digits[:4]}-****-{digits[-4:]}"


@settings(max_examples=300)
@given(st.from_regex(r"\A8[0-9]{8,12}\Z"))
def test_fast_path_agrees_with_phonenumbers(national: str) -> None:
    """The regex shortcut must give exactly what the full library gives."""
    import phonenumbers

    number = phonenumbers.parse("+62" + national, None)
    try:
        ours = normalize_phone("0" + national)
    except InvalidPhone:
        ours = None
    theirs = (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_possible_number(number) and len(national) <= 12
        else None
    )
    assert ours == theirs
    if ours is not None:
        expected = phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        assert is_mobile(ours) == expected

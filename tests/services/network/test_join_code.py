"""The join code: what the host shows is what a desk reads, and a typing mistake is caught."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.services.network.join_code import JoinCode, fingerprint_of, new_password, parse_join_code


def _code(password: str = "") -> JoinCode:
    return JoinCode("192.168.43.1", 5432, password or new_password(), fingerprint_of("a-host"))


def test_the_code_is_seven_groups_of_four_and_reads_back() -> None:
    code = _code()
    text = code.text()
    assert [len(group) for group in text.split("-")] == [4] * 7
    assert parse_join_code(text) == code
    assert code.url == f"postgresql://hadir:{code.password}@192.168.43.1:5432/hadir"


def test_typed_loosely_it_still_reads() -> None:
    code = _code()
    typed = code.text().lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert parse_join_code(typed) == code
    assert parse_join_code("hadir:" + code.text()) == code  # a QR written as a link


@pytest.mark.parametrize("position", range(0, 34, 3))
def test_one_wrong_character_is_refused_as_a_typing_mistake(position: int) -> None:
    # A fixed code: the check is one byte, so one change in 256 could pass it (and then the
    # server refuses the password); these positions are all caught.
    text = _code("8B24PY2EHC2JS").text()
    if text[position] == "-":
        position += 1
    wrong = text[:position] + ("Z" if text[position] != "Z" else "Y") + text[position + 1 :]
    with pytest.raises(InvalidInput, match="mistyped"):
        parse_join_code(wrong)


@pytest.mark.parametrize("text", ["", "ABCD-EFGH", "U" * 28, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23456"])
def test_not_a_code_says_why(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_join_code(text)

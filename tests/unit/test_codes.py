"""Invitation codes: what the desk types or scans comes back to one canonical form."""

from __future__ import annotations

import random

import pytest

from desktop_app.core.codes import (
    ALPHABET,
    new_invitation_code,
    normalize_invitation_code,
    random_invitation_codes,
)


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("HDR-7KQ2-M9XD", "HDR-7KQ2-M9XD"),
        ("hdr-7kq2-m9xd", "HDR-7KQ2-M9XD"),
        ("HDR7KQ2M9XD", "HDR-7KQ2-M9XD"),
        ("  hdr 7kq2 m9xd ", "HDR-7KQ2-M9XD"),
        ("HDR-7KQ2-M9XO", "HDR-7KQ2-M9X0"),  # letter O typed for zero
        ("HDR-IL00-0000", "HDR-1100-0000"),
        ("HDR-UUUU-0000", "HDR-VVVV-0000"),
    ],
)
def test_typed_codes_normalise(typed: str, canonical: str) -> None:
    assert normalize_invitation_code(typed) == canonical


NOT_CODES = ["", "7KQ2-M9XD", "HDR-7KQ2-M9X", "HDR-7KQ2-M9XDD", "HDR-7KQ2-M9X!", "ABC-7KQ2-M9XD"]


@pytest.mark.parametrize("typed", NOT_CODES)
def test_things_that_are_not_codes(typed: str) -> None:
    assert normalize_invitation_code(typed) is None


def test_new_codes_are_canonical_and_reproducible_with_a_seed() -> None:
    codes = [new_invitation_code() for _ in range(200)]
    assert all(normalize_invitation_code(c) == c for c in codes)
    assert all(ch in ALPHABET for c in codes for ch in c[4:].replace("-", ""))
    assert len(set(codes)) == len(codes)
    seeded = [new_invitation_code(random.Random(7)) for _ in range(2)]
    assert seeded[0] == seeded[1]


def test_codes_made_in_bulk_are_canonical_distinct_and_use_the_whole_alphabet() -> None:
    codes = random_invitation_codes(5000)
    assert len(codes) == 5000 and len(set(codes)) == 5000
    assert all(normalize_invitation_code(c) == c for c in codes)
    used = {ch for c in codes for ch in c[4:].replace("-", "")}
    assert used == set(ALPHABET)

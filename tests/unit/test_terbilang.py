"""Amounts in Indonesian words, as an SPJ receipt writes them."""

from __future__ import annotations

import pytest

from desktop_app.core.terbilang import rupiah, terbilang


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (15, "lima belas"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (1_000, "seribu"),
        (1_100_000, "satu juta seratus ribu"),
        (2_550_000, "dua juta lima ratus lima puluh ribu"),
        (3_000_000_000, "tiga miliar"),
        (21_019_000, "dua puluh satu juta sembilan belas ribu"),
    ],
)
def test_words(n: int, words: str) -> None:
    assert terbilang(n) == words


def test_rupiah_groups_with_dots() -> None:
    assert rupiah(2_550_000) == "Rp2.550.000"

"""Name clean-up: invisible characters and extra spaces go, the case people chose stays."""

from __future__ import annotations

import unicodedata

import pytest

from desktop_app.core.names import clean_name, fold_for_search


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Siti\tAminah  ", "Siti Aminah"),
        ("Budi  \n Santoso", "Budi Santoso"),
        ("Sri\u00a0Wahyuni", "Sri Wahyuni"),  # NBSP from a web form
        ("Dewi\u200b Lestari\ufeff", "Dewi Lestari"),  # zero-width space and BOM
        ("Ag\u200dus", "Agus"),
        ("dr. Ayu", "dr. Ayu"),
        ("DYAH AYU", "DYAH AYU"),
        (None, ""),
        ("   ", ""),
    ],
)
def test_clean_name(raw: object, clean: str) -> None:
    assert clean_name(raw) == clean


def test_decomposed_accents_become_composed() -> None:
    decomposed = "Jose\u0301 Rami\u0301rez"
    cleaned = clean_name(decomposed)
    assert cleaned == "José Ramírez"
    assert unicodedata.is_normalized("NFC", cleaned)
    assert len(cleaned) == 12


def test_fold_for_search_ignores_case_and_accents() -> None:
    assert fold_for_search("Śri RAHAYU") == fold_for_search("sri rahayu") == "sri rahayu"

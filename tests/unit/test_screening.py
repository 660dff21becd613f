"""Health screening at the door (KMK HK.01.07/MENKES/382/2020)."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.screening import ScreeningAnswers, ScreeningRules, check_temperature, decide

DEFAULT = ScreeningRules()


def test_default_limit_is_37_3_inclusive() -> None:
    assert decide(DEFAULT, ScreeningAnswers(temperature=37.3)).passed
    refused = decide(DEFAULT, ScreeningAnswers(temperature=37.4))
    assert not refused.passed
    assert refused.reasons == ("fever",)


def test_a_venue_threshold_of_37_5() -> None:
    rules = ScreeningRules(max_temp=37.5)
    assert decide(rules, ScreeningAnswers(temperature=37.5)).passed
    assert not decide(rules, ScreeningAnswers(temperature=37.6)).passed


def test_no_mask_is_refused_unless_the_session_does_not_require_it() -> None:
    assert decide(DEFAULT, ScreeningAnswers(temperature=36.5, mask=False)).reasons == ("no_mask",)
    assert decide(ScreeningRules(require_mask=False), ScreeningAnswers(temperature=36.5, mask=False)).passed


def test_symptoms_refuse_and_every_broken_rule_is_reported() -> None:
    decision = decide(
        DEFAULT, ScreeningAnswers(temperature=38.2, mask=False, symptoms=frozenset({"cough", "fever"}))
    )
    assert not decision.passed
    assert set(decision.reasons) == {"fever", "no_mask", "symptom:cough", "symptom:fever"}


@pytest.mark.parametrize(
    ("colour", "passed"),
    [("green", True), ("yellow", True), ("GREEN", True), ("red", False), ("black", False), (None, False)],
)
def test_peduli_lindungi_colours(colour: str | None, passed: bool) -> None:
    rules = ScreeningRules(check_pl=True)
    decision = decide(rules, ScreeningAnswers(temperature=36.6, pl_colour=colour))
    assert decision.passed is passed
    if not passed:
        assert decision.reasons == (f"pl:{(colour or 'unknown').lower()}",)


def test_colour_is_ignored_where_the_venue_does_not_check_it() -> None:
    assert decide(DEFAULT, ScreeningAnswers(temperature=36.6, pl_colour="red")).passed


@pytest.mark.parametrize("reading", [366, 3.66, 45.0, 33.9])
def test_readings_no_thermometer_gives_are_typing_errors(reading: float) -> None:
    with pytest.raises(InvalidInput):
        decide(DEFAULT, ScreeningAnswers(temperature=reading))


def test_readings_keep_one_decimal() -> None:
    assert check_temperature(36.64) == 36.6
    assert check_temperature(None) is None

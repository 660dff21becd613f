"""Health screening at the door (KMK HK.01.07/MENKES/382/2020): one pure decision.

Masks are required, nobody above the session's temperature limit enters, a "yes" to any symptom
or risk question refuses entry, and where the venue checks PeduliLindungi, red and black stay out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.errors import InvalidInput

DEFAULT_MAX_TEMP = 37.3
# Plausible readings of a forehead thermometer; outside this range it is a typing error (366).
MIN_READING, MAX_READING = 34.0, 42.5

# The questions from the decree; the office can edit the list (a setting), these are the codes.
DEFAULT_SYMPTOMS: tuple[str, ...] = ("fever", "cough", "breath", "travel", "contact", "isolation")
PL_COLOURS = ("green", "yellow", "red", "black")
PL_ADMITTED = frozenset({"green", "yellow"})


@dataclass(frozen=True)
class ScreeningRules:
    """What a session checks at the door."""

    max_temp: float = DEFAULT_MAX_TEMP
    require_mask: bool = True
    check_pl: bool = False


@dataclass(frozen=True)
class ScreeningAnswers:
    """What the desk measured and asked; `symptoms` are the questions answered "yes"."""

    temperature: float | None = None
    mask: bool = True
    symptoms: frozenset[str] = field(default_factory=frozenset)
    pl_colour: str | None = None


@dataclass(frozen=True)
class ScreeningDecision:
    """The outcome: passed, or refused with one code per broken rule."""

    passed: bool
    reasons: tuple[str, ...] = ()


def check_temperature(value: float | None) -> float | None:
    """Refuse readings no thermometer gives (a typo such as 366), keep one decimal."""
    if value is None:
        return None
    if not (MIN_READING <= value <= MAX_READING):
        raise InvalidInput(f"temperature {value} is outside {MIN_READING}-{MAX_READING} °C")
    return round(value, 1)


def decide(rules: ScreeningRules, answers: ScreeningAnswers) -> ScreeningDecision:
    """Apply the rules; every broken rule is reported, not only the first."""
    reasons: list[str] = []
    temp = check_temperature(answers.temperature)
    if temp is not None and temp > rules.max_temp:
        reasons.append("fever")
    if rules.require_mask and not answers.mask:
        reasons.append("no_mask")
    reasons.extend(f"symptom:{name}" for name in sorted(answers.symptoms))
    if rules.check_pl:
        colour = (answers.pl_colour or "").lower()
        if colour not in PL_ADMITTED:
            reasons.append(f"pl:{colour or 'unknown'}")
    return ScreeningDecision(passed=not reasons, reasons=tuple(reasons))

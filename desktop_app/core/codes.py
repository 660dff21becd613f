"""Invitation codes: short, unambiguous, easy to scan and to type (`HDR-7KQ2-M9XD`)."""

from __future__ import annotations

import random
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O or U
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_invitation_code(rng: random.Random | None = None) -> str:
    """A fresh random code; pass `rng` for reproducible demo data."""
    choose = rng.choice if rng is not None else secrets.choice
    body = "".join(choose(ALPHABET) for _ in range(8))
    return f"HDR-{body[:4]}-{body[4:]}"


def normalize_invitation_code(text: str) -> str | None:
    """The canonical form of a typed or scanned code, or None if it does not look like one.

    Accepts lower case, missing dashes or spaces, and the letters people confuse with digits.
    """
    cleaned = text.strip().upper().replace(" ", "").replace("-", "")
    if not cleaned.startswith("HDR"):
        return None
    body = cleaned[3:].translate(_CONFUSABLE)
    if len(body) != 8 or any(c not in ALPHABET for c in body):
        return None
    return f"HDR-{body[:4]}-{body[4:]}"

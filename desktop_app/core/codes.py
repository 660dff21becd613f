"""Invitation codes: short, unambiguous, easy to scan and to type (`HDR-7KQ2-M9XD`)."""

from __future__ import annotations

import base64
import random
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O or U
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_FROM_RFC4648 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET)


def new_invitation_code(rng: random.Random | None = None) -> str:
    """A fresh random code; pass `rng` for reproducible demo data."""
    choose = rng.choice if rng is not None else secrets.choice
    body = "".join(choose(ALPHABET) for _ in range(8))
    return f"HDR-{body[:4]}-{body[4:]}"


def random_invitation_codes(count: int) -> list[str]:
    """`count` fresh random codes at once (an import makes thousands): 40 random bits each."""
    text = base64.b32encode(secrets.token_bytes(5 * count)).decode("ascii").translate(_FROM_RFC4648)
    return [f"HDR-{text[i : i + 4]}-{text[i + 4 : i + 8]}" for i in range(0, 8 * count, 8)]


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

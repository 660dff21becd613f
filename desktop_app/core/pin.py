"""Operator PINs: the rules, a slow salted hash (scrypt) and a constant-time check.

A PIN of 4 to 8 digits has at most 10^8 values, so the hash must be slow: with scrypt
(n=2**14, r=8, p=1, 16 MiB) one guess costs tens of milliseconds, and the sign-in lockout
(5 wrong tries, then 60 s) limits guesses at the desk. The stored form names its parameters,
`scrypt$n$r$p$salt_b64$hash_b64`, so they can be raised later without breaking old hashes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.core.errors import InvalidField, NotAllowed

PIN_MIN, PIN_MAX = 4, 8
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
MAX_FAILURES = 5
LOCK_SECONDS = 60
_MAXMEM = 64 * 1024 * 1024  # enough for n up to 2**15 with r=8 (128·n·r bytes)


class WrongPin(NotAllowed):
    """The PIN (or the operator's name) did not match; `tries_left` before the lock."""

    reason = "wrong_pin"

    def __init__(self, tries_left: int) -> None:
        super().__init__("sign in")
        self.message = "wrong name or PIN"
        self.args = (self.message,)
        self.tries_left = tries_left


class OperatorLocked(NotAllowed):
    """Too many wrong PINs: the operator may try again after `seconds`."""

    reason = "operator_locked"

    def __init__(self, seconds: int) -> None:
        super().__init__("sign in")
        self.message = f"too many wrong PINs; try again in {seconds} s"
        self.args = (self.message,)
        self.seconds = seconds


def check_pin_format(pin: str) -> str:
    """The PIN if it has 4 to 8 ASCII digits, else InvalidField("pin", "format")."""
    if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()):
        raise InvalidField("pin", "format", f"{PIN_MIN}-{PIN_MAX} digits")
    return pin


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=length)


def hash_pin(pin: str) -> str:
    """`scrypt$n$r$p$salt$hash` of a valid PIN, with a fresh random salt (never the same twice)."""
    check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when `pin` matches the stored hash; False for anything malformed (never raises)."""
    if not stored or not isinstance(pin, str) or not pin.isascii():
        return False
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        expected = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return False
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and expected):
        return False
    try:
        actual = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def pin_is_hashed(stored: str | None) -> bool:
    """True when `stored` looks like a hash this module wrote (an operator who can sign in)."""
    return bool(stored) and str(stored).startswith("scrypt$")


@dataclass(frozen=True)
class LockState:
    """Where an operator stands after their recent wrong PINs."""

    locked_seconds: int  # 0 when a try is allowed now
    tries_left: int  # wrong tries left before the next lock


def lock_state(failures: Sequence[datetime], now: datetime) -> LockState:
    """The lock that wrong PINs since the last good one impose (oldest first).

    Every `MAX_FAILURES` wrong tries lock the operator for `LOCK_SECONDS`; tries while locked
    are refused without being checked, so they do not count.
    """
    count, until = 0, None
    for at in failures:
        if until is not None and at < until:
            continue
        count += 1
        if count == MAX_FAILURES:
            count, until = 0, at + timedelta(seconds=LOCK_SECONDS)
    if until is not None and now < until:
        return LockState(math.ceil((until - now).total_seconds()), MAX_FAILURES)
    return LockState(0, MAX_FAILURES - count)

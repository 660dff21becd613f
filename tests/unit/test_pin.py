"""PINs: 4–8 digits, stored as a slow salted scrypt hash, checked in constant time, locked after 5 misses."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core.errors import InvalidField, NotAllowed
from desktop_app.core.pin import (
    LOCK_SECONDS,
    MAX_FAILURES,
    OperatorLocked,
    WrongPin,
    check_pin_format,
    hash_pin,
    lock_state,
    pin_is_hashed,
    verify_pin,
)

T0 = datetime(2021, 2, 16, 2, 0, tzinfo=UTC)


def test_the_hash_is_not_the_pin_and_names_its_parameters() -> None:
    stored = hash_pin("2468")

    assert "2468" not in stored
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt)) == 16
    expected = hashlib.scrypt(b"2468", salt=base64.b64decode(salt), n=2**14, r=8, p=1, dklen=32)
    assert base64.b64decode(digest) == expected
    assert pin_is_hashed(stored)


def test_the_same_pin_hashes_differently_each_time_and_both_verify() -> None:
    first, second = hash_pin("24680"), hash_pin("24680")

    assert first != second
    assert first.split("$")[4] != second.split("$")[4]  # a fresh salt each time
    assert verify_pin("24680", first) and verify_pin("24680", second)


@pytest.mark.parametrize("attempt", ["2469", "24680", "", "0000", "٢٤٦٨"])
def test_a_wrong_pin_does_not_verify(attempt: str) -> None:
    assert not verify_pin(attempt, hash_pin("2468"))


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "",
        "2468",  # a PIN stored in clear is never accepted as its own hash
        "scrypt$16384$8$1$not base64$AAAA",
        "scrypt$16383$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",  # n not a power of two
        "bcrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
        "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==",
    ],
)
def test_anything_malformed_never_verifies(stored: str | None) -> None:
    assert not verify_pin("2468", stored)


@pytest.mark.parametrize("pin", ["1234", "12345678", "0007"])
def test_four_to_eight_digits_are_a_pin(pin: str) -> None:
    assert check_pin_format(pin) == pin


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "12 34", "١٢٣٤", ""])
def test_anything_else_is_refused(pin: str) -> None:
    with pytest.raises(InvalidField) as caught:
        hash_pin(pin)
    assert (caught.value.field, caught.value.problem) == ("pin", "format")


def test_four_misses_leave_one_try_and_the_fifth_locks_for_a_minute() -> None:
    misses = [T0 + timedelta(seconds=i) for i in range(4)]
    assert lock_state(misses, T0 + timedelta(seconds=5)).tries_left == 1

    misses.append(T0 + timedelta(seconds=4))
    state = lock_state(misses, T0 + timedelta(seconds=4))
    assert state.locked_seconds == LOCK_SECONDS == 60

    assert lock_state(misses, T0 + timedelta(seconds=34)).locked_seconds == 30
    after = lock_state(misses, T0 + timedelta(seconds=65))
    assert (after.locked_seconds, after.tries_left) == (0, MAX_FAILURES)


def test_tries_during_a_lock_do_not_count() -> None:
    misses = [T0 + timedelta(seconds=i) for i in range(5)] + [T0 + timedelta(seconds=30)]
    state = lock_state(misses, T0 + timedelta(seconds=70))
    assert (state.locked_seconds, state.tries_left) == (0, 5)


def test_the_errors_are_refusals_of_the_role_kind() -> None:
    assert isinstance(WrongPin(3), NotAllowed) and WrongPin(3).tries_left == 3
    locked = OperatorLocked(42)
    assert isinstance(locked, NotAllowed) and locked.exit_code == 3
    assert "42" in str(locked)

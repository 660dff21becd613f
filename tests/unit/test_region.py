"""The district setting: Sukoharjo's 12 kecamatan by default, and its neighbours."""

from __future__ import annotations

import pytest

from desktop_app.core.capacity import Seats, capacity_from_room
from desktop_app.core.region import District


def test_sukoharjo_has_12_kecamatan() -> None:
    district = District()
    assert (district.code, district.name) == ("3311", "Sukoharjo")
    assert len(district.kecamatan) == 12
    assert district.kecamatan["01"] == "Weru"
    assert district.kecamatan["12"] == "Kartasura"
    assert set(district.neighbours) == {"3372", "3310", "3313", "3312"}


def test_kecamatan_of_nik() -> None:
    district = District()
    assert district.kecamatan_of_nik("3311080101850001") == "Mojolaban"
    assert district.kecamatan_of_nik("3311990101850001") is None  # unknown code: a warning elsewhere
    assert district.kecamatan_of_nik("3372080101850001") is None  # Surakarta, not this district


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("mojolaban", "Mojolaban"),
        ("  GROGOL ", "Grogol"),
        ("Kec. Kartasura", "Kartasura"),
        ("kecamatan  baki", "Baki"),
        ("Jebres", None),
    ],
)
def test_find_kecamatan(typed: str, found: str | None) -> None:
    assert District().find_kecamatan(typed) == found


def test_seats_and_room_share() -> None:
    assert Seats(capacity=30, attended=29).left == 1
    assert not Seats(capacity=30, attended=29).full
    assert Seats(capacity=30, attended=30).full
    assert Seats(capacity=30, attended=31).left == 0  # after an admin override
    assert capacity_from_room(120, 25) == 30
    with pytest.raises(ValueError):
        capacity_from_room(120, 0)

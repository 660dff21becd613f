"""Seats: the one rule that must never be broken silently."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Seats:
    """How full a session is."""

    capacity: int
    attended: int

    @property
    def left(self) -> int:
        """Seats still free (never negative, even after an override)."""
        return max(self.capacity - self.attended, 0)

    @property
    def full(self) -> bool:
        """True when admitting one more person would exceed the capacity."""
        return self.attended >= self.capacity


def capacity_from_room(room_capacity: int, share_percent: int) -> int:
    """Seats allowed when the rule is a share of the room (25–50 % under the health protocol)."""
    if not (1 <= share_percent <= 100):
        raise ValueError("share_percent must be 1..100")
    return max(1, room_capacity * share_percent // 100)

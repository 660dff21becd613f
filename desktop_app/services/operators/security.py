"""The window's idle lock: after how many minutes without input it asks for the PIN again."""

from __future__ import annotations

from desktop_app.core.errors import InvalidField
from desktop_app.services.settings import SettingsService

IDLE_KEY = "security.idle_minutes"
DEFAULT_IDLE_MINUTES = 10
IDLE_RANGE = (1, 240)


class SecuritySettings:
    """Security settings kept with the business settings (changed by admins, audited)."""

    def __init__(self, settings: SettingsService) -> None:
        self._settings = settings

    def idle_minutes(self) -> int:
        """Minutes without keyboard or mouse before the window locks (10 by default)."""
        value = self._settings.get(IDLE_KEY, DEFAULT_IDLE_MINUTES)
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        low, high = IDLE_RANGE
        return minutes if low <= minutes <= high else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int, operator_id: int | None) -> None:
        """Change the idle time (1 to 240 minutes; admins only)."""
        low, high = IDLE_RANGE
        if not low <= minutes <= high:
            raise InvalidField("idle_minutes", "out_of_range", f"{low}-{high}")
        self._settings.set(IDLE_KEY, minutes, operator_id)

"""What an office adds to its invitations: the venue's address, a contact person, the health rules."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

INVITATION_DETAILS = "invitation.details"
DEFAULT_HEALTH_LINE = (
    "Protokol kesehatan: wajib bermasker, cek suhu di pintu masuk, cuci tangan dan jaga jarak."
)


@dataclass(frozen=True)
class InvitationDetails:
    """Printed on every card; an empty text is left out."""

    venue_address: str = ""
    contact: str = ""  # "Sri Lestari, 0812-2600-1234"
    health_line: str = DEFAULT_HEALTH_LINE

    def to_json(self) -> dict[str, Any]:
        """A JSON-friendly dict for the settings table."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> InvitationDetails:
        """Read back what `to_json` stored; missing keys take the defaults."""
        if not isinstance(data, dict):
            return cls()
        return cls(**{k: str(v or "") for k, v in data.items() if k in cls.__dataclass_fields__})

"""Transport money (uang transport): the amount per session, the treasurer, and the receipt sheet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import InvalidField
from desktop_app.exports.attendance.labels import AttendanceLabels, labels_for
from desktop_app.exports.files import export_format
from desktop_app.exports.letterhead import Signatory
from desktop_app.exports.receipts.pdf import ReceiptLabels, ReceiptRow, write_transport_receipt
from desktop_app.services.audit import record
from desktop_app.services.reports.service import ReportService
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database

TRANSPORT_AMOUNTS = "transport.amounts"  # {"<session id>": rupiah}
TRANSPORT_DEFAULT = "transport.default_amount"  # rupiah, for every batch without its own amount
MAX_AMOUNT = 100_000_000
TRANSPORT_TREASURER = "transport.treasurer"
DEFAULT_TREASURER = Signatory(title="Bendahara Pengeluaran")


@dataclass(frozen=True)
class ReceiptResult:
    """A written receipt sheet: where, how many people, the total paid."""

    path: Path
    rows: int
    total: int


class TransportService:
    """Where the office pays transport money: the amounts, the treasurer and the receipt."""

    def __init__(self, db: Database, settings: SettingsService, reports: ReportService) -> None:
        self._db = db
        self._settings = settings
        self._reports = reports

    def amount(self, session_id: int) -> int | None:
        """The rupiah each attendee of the session receives (its own amount, else the office's usual one)."""
        value = (self._settings.get(TRANSPORT_AMOUNTS) or {}).get(str(session_id))
        return int(value) if value else self.default_amount()

    def default_amount(self) -> int | None:
        """The office's usual amount per attendee, for batches without their own (None: not paid)."""
        value = self._settings.get(TRANSPORT_DEFAULT)
        return int(value) if value else None

    def set_default_amount(self, amount: int | None, operator_id: int | None) -> None:
        """Set (or with None clear) the usual amount (admins only; audited).

        Raises:
            InvalidField: a negative amount or one above Rp100.000.000.
        """
        if amount is not None and not 0 < amount <= MAX_AMOUNT:
            raise InvalidField("amount", "out_of_range", str(amount))
        self._settings.set(TRANSPORT_DEFAULT, amount or 0, operator_id)  # 0: not paid (a value is required)

    def set_amount(self, session_id: int, amount: int | None, operator_id: int | None) -> None:
        """Set (or with None clear) a session's amount (admins only; audited).

        Raises:
            InvalidField: a negative amount or one above Rp100.000.000.
        """
        if amount is not None and not 0 < amount <= MAX_AMOUNT:
            raise InvalidField("amount", "out_of_range", str(amount))
        self._reports.session_report(session_id, rows=False)  # NotFound for an unknown session
        amounts = dict(self._settings.get(TRANSPORT_AMOUNTS) or {})
        if amount is None:
            amounts.pop(str(session_id), None)
        else:
            amounts[str(session_id)] = amount
        self._settings.set(TRANSPORT_AMOUNTS, amounts, operator_id)

    def treasurer(self) -> Signatory:
        """Who pays and signs "Lunas dibayar" (Bendahara Pengeluaran)."""
        stored = self._settings.get(TRANSPORT_TREASURER)
        return Signatory.from_json(stored) if stored else DEFAULT_TREASURER

    def set_treasurer(self, treasurer: Signatory, operator_id: int | None) -> None:
        """Change the treasurer (admins only; audited)."""
        self._settings.set(TRANSPORT_TREASURER, treasurer.to_json(), operator_id)

    def receipt(
        self,
        session_id: int,
        path: Path | str,
        *,
        operator_id: int | None = None,
        labels: ReceiptLabels | None = None,
        words: AttendanceLabels | None = None,
    ) -> ReceiptResult:
        """The receipt sheet of the session's attendees in check-in order; audited.

        Raises:
            InvalidField: no amount is set for the session (problem `no_amount`).
        """
        export_format(path, ("pdf",))
        amount = self.amount(session_id)
        if amount is None:
            raise InvalidField("amount", "no_amount", f"session {session_id}")
        path = Path(path)
        session = self._reports.session_report(session_id).sessions[0]
        rows = [ReceiptRow(r.no, r.name, r.organization, amount) for r in session.rows]
        setup = self._settings.print_setup()
        treasurer = self.treasurer()
        write_transport_receipt(
            path, session.header, rows, treasurer, setup, labels, words or labels_for("id")
        )
        total = amount * len(rows)
        with self._db.transaction() as s:
            record(
                s,
                "export",
                "session",
                session_id,
                operator_id,
                document="transport_receipt",
                rows=len(rows),
                total=total,
                file=path.name,
            )
        return ReceiptResult(path, len(rows), total)

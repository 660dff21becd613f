"""Sertifikat: the template, making the certificates of a session or event, and checking a scan."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop_app.core.certificate_code import (
    MalformedCode,
    key_id,
    mac_matches,
    make_code,
    new_secret,
    parse_code,
    secret_from_text,
    secret_to_text,
)
from desktop_app.core.certificate_errors import NoAttendees
from desktop_app.core.certificate_files import certificate_file_name
from desktop_app.core.certificate_number import format_number
from desktop_app.core.certificate_template import (
    CertificateTemplate,
    check_template,
    fill_body,
    template_from_dict,
    template_to_dict,
)
from desktop_app.core.dates import format_date
from desktop_app.core.errors import InvalidField, NotFound
from desktop_app.core.region import District
from desktop_app.exports.certificates.items import CertificateHeader, CertificateLabels, CertificatePage
from desktop_app.exports.certificates.layout import CertificateLayout
from desktop_app.exports.certificates.pdf import check_image, write_certificates
from desktop_app.services.audit import record
from desktop_app.services.certificates._files import all_or_none
from desktop_app.services.certificates._numbers import (
    MERGED_SECRETS_KEY,
    SECRET_KEY,
    count_attendees,
    issue_in,
)
from desktop_app.services.certificates._verify import lookup_signed
from desktop_app.services.certificates.defaults import builtin_template
from desktop_app.services.certificates.types import (
    CertificatePreview,
    GenerateResult,
    IssuedCertificate,
    Verification,
)
from desktop_app.services.roles import require_admin
from desktop_app.services.settings import SettingsService
from desktop_app.storage.database import Database
from desktop_app.storage.models import Event, Session, Setting
from desktop_app.storage.write_lock import write_transaction

log = logging.getLogger(__name__)
TEMPLATE_KEY = "certificate.template"
Progress = Callable[[int, int], None]
SAMPLE_EVENT = "Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM dan Koperasi"


def _digest(data: bytes | None) -> str | None:
    return None if data is None else "sha256:" + hashlib.sha256(data).hexdigest()[:16]


def _auditable(template: CertificateTemplate) -> dict[str, Any]:
    """The template for the audit log: images by their digest, not their bytes."""
    data = template_to_dict(template)
    data["logos"] = [_digest(logo) for logo in template.logos]
    data["background"] = _digest(template.background)
    for stored, signatory in zip(data["signatories"], template.signatories, strict=True):
        stored["signature"] = _digest(signatory.signature)
    return data


class CertificateService:
    """Template, numbering, PDF generation and verification over one database."""

    def __init__(self, db: Database, settings: SettingsService, district: District | None = None) -> None:
        self._db = db
        self._settings = settings
        self._district = district or District()

    # -- the template -----------------------------------------------------------------------------

    def template(self) -> CertificateTemplate:
        """The office's template; until it is saved, the built-in one with the report's signatories."""
        stored = self._settings.get(TEMPLATE_KEY)
        if stored:
            return template_from_dict(stored)
        return builtin_template(self._settings)

    def save_template(self, template: CertificateTemplate, operator_id: int | None) -> CertificateTemplate:
        """Check and store the template; return it as stored. InvalidField names the first problem.

        Raises:
            NotAllowed: the template is a setting, changed by admins only.
        """
        require_admin(self._db, operator_id, "change settings")
        clean = check_template(template)
        for logo in clean.logos:
            check_image(logo, "logos")
        if clean.background:
            check_image(clean.background, "background")
        for signatory in clean.signatories:
            if signatory.signature:
                check_image(signatory.signature, "signature")
        before, after = _auditable(self.template()), _auditable(clean)
        with self._db.transaction() as s:
            row = s.get(Setting, TEMPLATE_KEY)
            if row is None:
                s.add(Setting(key=TEMPLATE_KEY, value=template_to_dict(clean)))
            else:
                row.value = template_to_dict(clean)
            changed = {k: [before[k], v] for k, v in after.items() if before.get(k) != v}
            record(s, "update", "setting", None, operator_id, key=TEMPLATE_KEY, changed=changed)
        return clean

    def place(self, template: CertificateTemplate) -> str:
        """Where the certificates are signed: the template's place, else the letterhead's town."""
        return template.place or self._settings.letterhead().city or self._district.name

    # -- the secret of this database -------------------------------------------------------------

    def _secret(self, create: bool = True) -> bytes | None:
        with self._db.session() as s:
            stored = s.get(Setting, SECRET_KEY)
            if stored is not None:
                return secret_from_text(stored.value)
        if not create:
            return None
        try:
            with self._db.transaction() as s:
                s.add(Setting(key=SECRET_KEY, value=secret_to_text(new_secret())))
                # The key itself never goes into the audit log.
                record(s, "create", "setting", None, None, key=SECRET_KEY)
        except IntegrityError:  # another desk made it a moment ago: use theirs
            pass
        return self._secret(create=False)

    # -- who and how many -------------------------------------------------------------------------

    def _check_scope(self, session_id: int | None, event_id: int | None) -> tuple[str, int]:
        if (session_id is None) == (event_id is None):
            raise InvalidField("scope", "required", "--session N or --event N")
        with self._db.session() as s:
            if session_id is not None:
                if s.get(Session, session_id) is None:
                    raise NotFound("session", session_id)
                return "session", session_id
            if s.get(Event, event_id) is None:
                raise NotFound("event", event_id)
            return "event", int(event_id)  # type: ignore[arg-type]

    def count(self, session_id: int | None = None, event_id: int | None = None) -> int:
        """How many people would get a certificate."""
        self._check_scope(session_id, event_id)
        with self._db.session() as s:
            return count_attendees(s, session_id, event_id)

    def issue(
        self, session_id: int | None = None, event_id: int | None = None, operator_id: int | None = None
    ) -> tuple[list[IssuedCertificate], int]:
        """Number every attendee who has no certificate yet; return all of them and the count of new ones."""
        self._check_scope(session_id, event_id)
        self._secret()
        pattern = self.template().number_pattern
        for attempt in range(3):
            try:
                with write_transaction(self._db) as s:  # reads the year's last number, then writes
                    return issue_in(s, session_id, event_id, pattern, operator_id)
            except IntegrityError:  # another desk numbered the same year at once (PostgreSQL): again
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    # -- making the PDF ---------------------------------------------------------------------------

    def pages(self, issued: list[IssuedCertificate], template: CertificateTemplate) -> list[CertificatePage]:
        """The per-person texts and QR codes the PDF writer draws."""
        secret = self._secret()
        assert secret is not None
        place = self.place(template)
        pages = []
        for cert in issued:
            day = format_date(cert.date)
            values = {
                "nama": cert.name,
                "lembaga": cert.organization or "",
                "kegiatan": cert.event_title,
                "angkatan": str(cert.batch),
                "tanggal": day,
                "tempat": cert.venue,
            }
            pages.append(
                CertificatePage(
                    number=cert.number,
                    name=cert.name,
                    organization=cert.organization,
                    body=fill_body(template.body, values),
                    date_text=f"{place}, {day}",
                    code=make_code(cert.number, secret),
                )
            )
        return pages

    def _header(self, event_id: int) -> CertificateHeader:
        with self._db.session() as s:
            event = s.get(Event, event_id)
            assert event is not None
            organizer, partner = event.organizer, event.partner
        return CertificateHeader(organizer, partner, self._settings.letterhead().contact_phone())

    def generate(
        self,
        output: Path,
        *,
        session_id: int | None = None,
        event_id: int | None = None,
        each_dir: Path | None = None,
        operator_id: int | None = None,
        labels: CertificateLabels | None = None,
        progress: Progress | None = None,
    ) -> GenerateResult:
        """Write the certificates of a session or event into one PDF (and one file each).

        Raises:
            NoAttendees when nobody is admitted; NotFound, InvalidField for a bad scope.
            Whatever `progress` raises (a cancel) stops the job; no file is left half written.
        """
        scope, scope_id = self._check_scope(session_id, event_id)
        issued, new = self.issue(session_id, event_id, operator_id)
        if not issued:
            raise NoAttendees(scope, scope_id)
        template = self.template()
        header = self._header(issued[0].event_id)
        pages = self.pages(issued, template)
        total = len(pages) * (2 if each_dir else 1)
        title = f"Sertifikat — {issued[0].event_title}"
        files: list[Path] = []
        with all_or_none(output, each_dir) as staged:
            write_certificates(staged.main, template, header, pages, labels, title=title, progress=progress)
            if each_dir is not None:
                taken: set[str] = set()
                for done, (cert, page) in enumerate(zip(issued, pages, strict=True), len(pages) + 1):
                    name = certificate_file_name(cert.seq, cert.name, taken)
                    write_certificates(staged.folder / name, template, header, [page], labels, title=title)
                    files.append(each_dir / name)
                    if progress is not None:
                        progress(done, total)
        with self._db.transaction() as s:
            record(
                s,
                "generate",
                "certificate",
                None,
                operator_id,
                scope=scope,
                id=scope_id,
                count=len(pages),
                new=new,
                each=bool(each_dir),
            )
        return GenerateResult(len(pages), output, tuple(files), new)

    def preview(
        self, template: CertificateTemplate, labels: CertificateLabels | None = None
    ) -> CertificatePreview:
        """Page 1 as it would print with `template`, for a sample participant (nothing is stored)."""
        clean = check_template(template, signatory_names=False)
        events = self._latest_event()
        title, organizer, partner = events or (SAMPLE_EVENT, "Dinas Perdagangan, Koperasi dan UKM", None)
        day = date.today()
        number = format_number(clean.number_pattern, 1, day, 1)
        values = {
            "nama": "Sri Wahyuni",
            "lembaga": "Batik Sekar Arum",
            "kegiatan": title,
            "angkatan": "1",
            "tanggal": format_date(day),
            "tempat": "Aula Dinas",
        }
        page = CertificatePage(
            number=number,
            name="Sri Wahyuni",
            organization="Batik Sekar Arum",
            body=fill_body(clean.body, values),
            date_text=f"{self.place(clean)}, {format_date(day)}",
            code=make_code(number, b"preview"),
        )
        phone = self._settings.letterhead().contact_phone()
        layout = CertificateLayout(clean, CertificateHeader(organizer, partner, phone), labels)
        return CertificatePreview(
            layout.width, layout.height, tuple(layout.static_items() + layout.page_items(page))
        )

    def _latest_event(self) -> tuple[str, str, str | None] | None:
        with self._db.session() as s:
            row = s.execute(
                select(Event.title, Event.organizer, Event.partner).order_by(Event.id.desc())
            ).first()
            return (row[0], row[1], row[2]) if row else None

    # -- checking a scan --------------------------------------------------------------------------

    def verify(self, code: str) -> Verification:
        """Is this QR content a certificate this database issued, and still stands?"""
        try:
            parsed = parse_code(code)
        except MalformedCode:
            return Verification(False, "malformed")
        secret = self._secret(create=False)
        if secret is None:
            return Verification(False, "forged")
        if mac_matches(parsed, secret):
            with self._db.session() as s:
                return lookup_signed(s, parsed.number, key_id(secret), own=True)
        for text in self._settings.get(MERGED_SECRETS_KEY) or []:
            merged = secret_from_text(text)
            if mac_matches(parsed, merged):
                with self._db.session() as s:
                    return lookup_signed(s, parsed.number, key_id(merged), own=False)
        return Verification(False, "forged")

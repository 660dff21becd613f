"""The certificate an office gets before it saves its own template.

A session is held by the district office with BPJS Ketenagakerjaan, and the header names both:
two signatories by default (the head of the office; the head of the BPJS branch), each with a NIP
line, and the logos of the letterhead settings. The sheet's signatory signs first when set.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from desktop_app.core.certificate_template import MAX_IMAGE_BYTES, CertificateTemplate, Signatory, image_kind
from desktop_app.services.settings import SettingsService

log = logging.getLogger(__name__)


def _logo(path: str | None) -> bytes | None:
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        log.warning("letterhead logo %s cannot be read; the certificate goes without it", Path(path).name)
        return None
    return data if image_kind(data) and len(data) <= MAX_IMAGE_BYTES else None


def builtin_template(settings: SettingsService) -> CertificateTemplate:
    """The built-in template filled from the letterhead and signatory settings."""
    sheet = settings.signatories()
    first = Signatory(sheet[0].name, sheet[0].title, sheet[0].rank, sheet[0].nip)
    if len(sheet) > 1:
        second = Signatory(sheet[1].name, sheet[1].title, sheet[1].rank, sheet[1].nip)
    else:
        # No town: the branch serving a district is often a neighbour's (Sukoharjo's is Surakarta).
        second = Signatory(title="Kepala Kantor Cabang BPJS Ketenagakerjaan")
    letterhead = settings.letterhead()
    logos = tuple(data for data in (_logo(letterhead.logo_left), _logo(letterhead.logo_right)) if data)
    return replace(CertificateTemplate(), signatories=(first, second), logos=logos)

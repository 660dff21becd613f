"""The certificate template an office sets up once: texts, numbering, signatories, images, colours, paper.

Pure data and rules. Images are kept as the bytes of a PNG or JPEG file, so a template travels
with the database (and its backups) instead of pointing at files that may move.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field, replace
from string import Formatter
from typing import Any

from desktop_app.core.certificate_number import DEFAULT_NUMBER_PATTERN, check_number_pattern, pattern_fields
from desktop_app.core.errors import InvalidField
from desktop_app.core.names import clean_name

BODY_FIELDS = ("nama", "lembaga", "kegiatan", "angkatan", "tanggal", "tempat")
DEFAULT_TITLE = "SERTIFIKAT"
DEFAULT_PREAMBLE = "diberikan kepada"
DEFAULT_BODY = (
    "atas partisipasinya sebagai peserta {kegiatan} Angkatan {angkatan} "
    "yang diselenggarakan pada {tanggal} di {tempat}."
)
# Landscape sizes in millimetres; F4 (Folio) is common in Indonesian offices.
PAPERS: dict[str, tuple[float, float]] = {"A4": (297.0, 210.0), "F4": (330.0, 215.0)}
MAX_SIGNATORIES = 2
MAX_LOGOS = 3
MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_BACKGROUND_BYTES = 8 * 1024 * 1024
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_LIMITS = {"title": 60, "preamble": 80, "body": 600, "place": 60}
_SIGNATORY_LIMIT = 150


@dataclass(frozen=True)
class Signatory:
    """Who signs: name, position (jabatan), rank (pangkat/golongan), NIP, and a scanned signature."""

    name: str = ""
    title: str = ""
    rank: str = ""
    nip: str = ""
    signature: bytes | None = None


@dataclass(frozen=True)
class CertificateTemplate:
    """Everything on a certificate that is the same for every participant."""

    title: str = DEFAULT_TITLE
    preamble: str = DEFAULT_PREAMBLE
    body: str = DEFAULT_BODY
    number_pattern: str = DEFAULT_NUMBER_PATTERN
    place: str = ""
    signatories: tuple[Signatory, ...] = field(
        default_factory=lambda: (Signatory(title="Kepala Dinas Perdagangan, Koperasi dan UKM"),)
    )
    logos: tuple[bytes, ...] = ()
    background: bytes | None = None
    primary_color: str = "#0F4C81"
    accent_color: str = "#B8922E"
    text_color: str = "#1F2937"
    paper: str = "A4"


def image_kind(data: bytes) -> str | None:
    """`png` or `jpeg` from the file's first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def _check_image(data: bytes | None, field_name: str, limit: int) -> None:
    if data is None:
        return
    if image_kind(data) is None:
        raise InvalidField(field_name, "not_an_image", "PNG or JPEG")
    if len(data) > limit:
        raise InvalidField(field_name, "too_large", f"{limit // (1024 * 1024)} MB")


def check_body(body: str) -> str:
    """The body text if each `{field}` in it is one of BODY_FIELDS; InvalidField otherwise."""
    for name in pattern_fields(body, "body"):
        if name not in BODY_FIELDS:
            raise InvalidField("body", "unknown_field", name or "{}")
    # Conversions and format specs ({nama!r}, {nama:>9}) have no place in a sentence.
    for _, name, spec, conversion in Formatter().parse(body):
        if name is not None and (spec or conversion):
            raise InvalidField("body", "bad_format", name)
    return body


def fill_body(body: str, values: dict[str, str]) -> str:
    """The body with each field replaced (a checked body only uses BODY_FIELDS)."""
    return body.format_map({name: values.get(name, "") for name in BODY_FIELDS})


def _text(value: str, name: str, required: bool = False) -> str:
    text = clean_name(value)
    if required and not text:
        raise InvalidField(name, "required")
    limit = _LIMITS.get(name, _SIGNATORY_LIMIT)
    if len(text) > limit:
        raise InvalidField(name, "too_long", str(limit))
    return text


def check_template(template: CertificateTemplate, *, signatory_names: bool = True) -> CertificateTemplate:
    """A cleaned copy of the template, or InvalidField naming the first problem.

    `signatory_names=False` accepts a signatory without a name (the built-in default leaves a
    line to write it by hand); a template the office saves names everyone who signs.
    """
    if template.paper not in PAPERS:
        raise InvalidField("paper", "unknown", ", ".join(PAPERS))
    for name in ("primary_color", "accent_color", "text_color"):
        if not _COLOUR.fullmatch(getattr(template, name) or ""):
            raise InvalidField(name, "bad_colour", "#RRGGBB")
    if not 1 <= len(template.signatories) <= MAX_SIGNATORIES:
        raise InvalidField("signatories", "count", f"1-{MAX_SIGNATORIES}")
    if len(template.logos) > MAX_LOGOS:
        raise InvalidField("logos", "count", f"0-{MAX_LOGOS}")
    for logo in template.logos:
        _check_image(logo, "logos", MAX_IMAGE_BYTES)
    _check_image(template.background, "background", MAX_BACKGROUND_BYTES)
    signatories = []
    for signatory in template.signatories:
        _check_image(signatory.signature, "signature", MAX_IMAGE_BYTES)
        nip = re.sub(r"\D", "", signatory.nip or "")
        if nip and len(nip) != 18:
            raise InvalidField("nip", "length", "18")
        signatories.append(
            Signatory(
                name=_text(signatory.name, "signatory_name", required=signatory_names),
                title=_text(signatory.title, "signatory_title"),
                rank=_text(signatory.rank, "signatory_rank"),
                nip=nip,
                signature=signatory.signature,
            )
        )
    body = (template.body or "").strip()
    if not body:
        raise InvalidField("body", "required")
    if len(body) > _LIMITS["body"]:
        raise InvalidField("body", "too_long", str(_LIMITS["body"]))
    return replace(
        template,
        title=_text(template.title, "title", required=True),
        preamble=_text(template.preamble, "preamble"),
        body=check_body(body),
        number_pattern=check_number_pattern(template.number_pattern),
        place=_text(template.place, "place"),
        signatories=tuple(signatories),
        primary_color=template.primary_color.upper(),
        accent_color=template.accent_color.upper(),
        text_color=template.text_color.upper(),
    )


def format_nip(nip: str) -> str:
    """`19660420 199203 1 008`: birth date, appointment month, sex, serial, as offices print it."""
    digits = re.sub(r"\D", "", nip or "")
    if len(digits) != 18:
        return digits
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes | None:
    return base64.b64decode(text) if isinstance(text, str) and text else None


def template_to_dict(template: CertificateTemplate) -> dict[str, Any]:
    """JSON-ready form (images in base64) for the settings table."""
    return {
        "title": template.title,
        "preamble": template.preamble,
        "body": template.body,
        "number_pattern": template.number_pattern,
        "place": template.place,
        "signatories": [
            {
                "name": s.name,
                "title": s.title,
                "rank": s.rank,
                "nip": s.nip,
                "signature": _b64(s.signature),
            }
            for s in template.signatories
        ],
        "logos": [_b64(logo) for logo in template.logos],
        "background": _b64(template.background),
        "primary_color": template.primary_color,
        "accent_color": template.accent_color,
        "text_color": template.text_color,
        "paper": template.paper,
    }


def template_from_dict(data: dict[str, Any] | None) -> CertificateTemplate:
    """The template stored by `template_to_dict`; keys it lacks keep their defaults."""
    default = CertificateTemplate()
    if not data:
        return default
    signatories = tuple(
        Signatory(
            name=s.get("name", ""),
            title=s.get("title", ""),
            rank=s.get("rank", ""),
            nip=s.get("nip", ""),
            signature=_unb64(s.get("signature")),
        )
        for s in data.get("signatories") or ()
    )
    return CertificateTemplate(
        title=data.get("title", default.title),
        preamble=data.get("preamble", default.preamble),
        body=data.get("body", default.body),
        number_pattern=data.get("number_pattern", default.number_pattern),
        place=data.get("place", default.place),
        signatories=signatories or default.signatories,
        logos=tuple(b for b in (_unb64(x) for x in data.get("logos") or ()) if b),
        background=_unb64(data.get("background")),
        primary_color=data.get("primary_color", default.primary_color),
        accent_color=data.get("accent_color", default.accent_color),
        text_color=data.get("text_color", default.text_color),
        paper=data.get("paper", default.paper),
    )

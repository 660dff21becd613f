"""What a certificate's QR code holds, and how a scan is checked: `HADIR1:<number>:<MAC>`.

The MAC is HMAC-SHA256 of the number, keyed by a secret of this database, cut to 80 bits and
written in base32 (16 characters, A-Z and 2-7). With the colon as separator the whole text
usually stays within the QR alphanumeric alphabet, which keeps the code small and quick to
scan. Without the secret nobody can make a code that passes; the number alone is not enough.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

PREFIX = "HADIR1:"
MAC_BYTES = 10
MAC_CHARS = 16  # base32 of 10 bytes, no padding
SECRET_BYTES = 32
_DOMAIN = b"hadir-certificate-v1\x00"
_MAC_RE = re.compile(r"[A-Z2-7]{16}")
MAX_CODE_LENGTH = 200


class MalformedCode(ValueError):
    """The text is not a Hadir certificate code at all (garbage, a truncated scan)."""


@dataclass(frozen=True)
class ParsedCode:
    """A code split into the certificate number and the MAC it claims."""

    number: str
    mac: str


def new_secret() -> bytes:
    """A fresh random key for one database (made once, kept in its settings)."""
    return secrets.token_bytes(SECRET_BYTES)


def secret_to_text(secret: bytes) -> str:
    """How the key is stored in the settings table."""
    return base64.b64encode(secret).decode("ascii")


def secret_from_text(text: str) -> bytes:
    """The key back from its stored text."""
    return base64.b64decode(text.encode("ascii"))


def mac_of(number: str, secret: bytes) -> str:
    """The 16-character MAC of a certificate number."""
    digest = hmac.new(secret, _DOMAIN + number.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest[:MAC_BYTES]).decode("ascii")


def make_code(number: str, secret: bytes) -> str:
    """The text to put in the QR code of certificate `number`."""
    return f"{PREFIX}{number}:{mac_of(number, secret)}"


def parse_code(text: str) -> ParsedCode:
    """Split a scanned or typed code; MalformedCode if it cannot be one of ours.

    Surrounding white space (a scanner's Enter) is ignored and the MAC's case does not matter.
    """
    text = (text or "").strip()
    if len(text) > MAX_CODE_LENGTH or not text[: len(PREFIX)].upper() == PREFIX:
        raise MalformedCode("not a Hadir certificate code")
    head, sep, mac = text[len(PREFIX) :].rpartition(":")
    mac = mac.upper()
    if not sep or not head or not _MAC_RE.fullmatch(mac) or any(c < " " for c in head):
        raise MalformedCode("not a Hadir certificate code")
    return ParsedCode(head, mac)


def mac_matches(code: ParsedCode, secret: bytes) -> bool:
    """True if the code's MAC was made with this secret (a constant-time comparison)."""
    return hmac.compare_digest(mac_of(code.number, secret).encode(), code.mac.encode())


def key_id(secret: bytes) -> str:
    """A short public name of a secret (which laptop signed a code), never the secret itself."""
    return hashlib.sha256(_DOMAIN + b"key-id\x00" + secret).hexdigest()[:16]

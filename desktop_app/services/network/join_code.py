"""The join code a host shows: its address, port, password and fingerprint in 28 characters to type.

17 bytes — IPv4 address (4), port (2), password (8), fingerprint (2), check (1) — are written in
Crockford's base32 (digits and capitals without I, L, O, U; the reader takes `o` for 0 and `i`,
`l` for 1, any case, with or without dashes) as seven groups of four: `7F3K-…`. The last byte is a
check of the others, so a mistyped code is refused before anything connects. The database on a
Hadir host is always `hadir`, so the code does not spell it. The same text is the QR code a
barcode scanner types into the join dialog.

The password is 64 random bits: a laptop that did not get the code has to guess it through the
server's scram-sha-256 login, one network round trip a guess. The fingerprint names the host
(a hash of the random id it made at its first start): a laptop checks it after connecting, so an
address a router gave to another machine since is refused, and mDNS discovery finds the host again
by it.
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from dataclasses import dataclass

from desktop_app.core.errors import InvalidInput
from desktop_app.services.network.errors import NetworkProblem

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ = {c: i for i, c in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}
DATABASE = "hadir"
ROLE = "hadir"
PASSWORD_BYTES = 8
_LENGTH = 28  # 17 bytes = 136 bits; the 4 spare bits carry the format version
_VERSION = 1


def encode_base32(data: bytes) -> str:
    """Crockford base32 of `data`, without padding."""
    number = int.from_bytes(data, "big")
    width = (len(data) * 8 + 4) // 5
    return "".join(ALPHABET[(number >> (5 * (width - 1 - i))) & 31] for i in range(width))


def new_password() -> str:
    """A fresh server password that a join code can carry (64 random bits, 13 characters)."""
    return encode_base32(secrets.token_bytes(PASSWORD_BYTES))


def fingerprint_of(server_id: str) -> str:
    """The fingerprint (4 hex digits) of the host whose random id is `server_id`."""
    return hashlib.sha256(server_id.encode()).digest()[:2].hex().upper()


def _check(payload: bytes) -> int:
    return hashlib.sha256(payload).digest()[0]


@dataclass(frozen=True)
class JoinCode:
    """What a desk needs to use the host's server."""

    host: str
    port: int
    password: str
    fingerprint: str

    @property
    def url(self) -> str:
        """The server's address with its password (never shown: see `masked`)."""
        return f"postgresql://{ROLE}:{self.password}@{self.host}:{self.port}/{DATABASE}"

    def text(self) -> str:
        """The code as people type it: seven groups of four."""
        password = _password_bytes(self.password)
        fingerprint = _fingerprint_bytes(self.fingerprint)
        payload = (
            ipaddress.IPv4Address(self.host).packed + self.port.to_bytes(2, "big") + password + fingerprint
        )
        data = payload + bytes([_check(payload)])
        number = (int.from_bytes(data, "big") << 4) | _VERSION  # 140 bits: 28 characters exactly
        raw = "".join(ALPHABET[(number >> (5 * (_LENGTH - 1 - i))) & 31] for i in range(_LENGTH))
        return "-".join(raw[i : i + 4] for i in range(0, _LENGTH, 4))


def _password_bytes(password: str) -> bytes:
    number = _number(password, "password")
    if number >> (PASSWORD_BYTES * 8):
        raise InvalidInput("the password is too long for a join code")
    return number.to_bytes(PASSWORD_BYTES, "big")


def _fingerprint_bytes(fingerprint: str) -> bytes:
    try:
        data = bytes.fromhex(fingerprint)
    except ValueError:
        data = b""
    if len(data) != 2:
        raise InvalidInput("a host's fingerprint is 4 hex digits")
    return data


def _number(text: str, what: str) -> int:
    number = 0
    for char in text.upper():
        if char not in _READ:
            raise NetworkProblem("mistyped", f"the {what} holds {char!r}, which a join code never has")
        number = number * 32 + _READ[char]
    return number


def parse_join_code(text: str) -> JoinCode:
    """Read a typed or scanned join code.

    Raises:
        InvalidInput: not 28 code characters, a character codes never hold, or a typing mistake
            (the check does not match).
    """
    cleaned = "".join(ch for ch in text.strip().upper() if ch not in " -_\t")
    if cleaned.startswith("HADIR:"):  # a QR written as a link
        cleaned = cleaned[len("HADIR:") :]
    if len(cleaned) != _LENGTH:
        raise NetworkProblem(
            "mistyped", f"a join code has 28 letters and digits; this one has {len(cleaned)}"
        )
    number = _number(cleaned, "code")
    data = (number >> 4).to_bytes(17, "big")
    payload, check = data[:16], data[16]
    if number & 15 != _VERSION or _check(payload) != check:
        raise NetworkProblem("mistyped", "the join code is mistyped: check it against the host's screen")
    host = str(ipaddress.IPv4Address(payload[:4]))
    port = int.from_bytes(payload[4:6], "big")
    password = encode_base32(payload[6:14])
    fingerprint = payload[14:16].hex().upper()
    return JoinCode(host, port, password, fingerprint)

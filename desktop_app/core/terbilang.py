"""Amounts in Indonesian words (*terbilang*), as receipts and SPJ documents write them.

`terbilang(1_250_000)` -> "satu juta dua ratus lima puluh ribu". Indonesian says "seratus",
"seribu", "sebelas", "sepuluh" for one hundred, one thousand, eleven and ten.
"""

from __future__ import annotations

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus")
    if rest:
        tens, ones = divmod(rest, 10)
        if rest == 10:
            words.append("sepuluh")
        elif rest == 11:
            words.append("sebelas")
        elif tens == 1:
            words.append(f"{_UNITS[ones]} belas")
        else:
            if tens:
                words.append(f"{_UNITS[tens]} puluh")
            if ones:
                words.append(_UNITS[ones])
    return " ".join(words)


def terbilang(n: int) -> str:
    """`n` (0 or more, below 10^15) in Indonesian words, lower case."""
    if n < 0 or n >= 10**15:
        raise ValueError(f"out of range: {n}")
    if n == 0:
        return "nol"
    words = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            words.append(f"{terbilang(count)} {name}")
    thousands, n = divmod(n, 1000)
    if thousands == 1:
        words.append("seribu")
    elif thousands:
        words.append(f"{_below_thousand(thousands)} ribu")
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def rupiah(n: int) -> str:
    """`1250000` -> `Rp1.250.000` (the dot groups thousands, as in Indonesia)."""
    return "Rp" + f"{n:,}".replace(",", ".")

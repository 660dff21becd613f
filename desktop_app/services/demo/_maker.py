"""The demo's invented people: names, NIKs, phones and businesses from one seeded random source."""

from __future__ import annotations

import random
from datetime import date

from desktop_app.core.region import District
from desktop_app.services.demo import _data as words


class Maker:
    """Draws people, organisations and check-ins from one seeded random source."""

    def __init__(self, rng: random.Random, district: District, taken_niks: set[str], taken_orgs: set[str]):
        self.rng = rng
        self.district = district
        self.niks = taken_niks
        self.org_keys = taken_orgs
        self.phones: set[str] = set()
        female = [s for s in words.SURNAMES if s in words.FEMALE_SURNAMES]
        self.surnames = {"P": female, "L": [s for s in words.SURNAMES if s not in words.FEMALE_SURNAMES]}

    def name(self, sex: str) -> str:
        rng = self.rng
        first = rng.choice(words.FEMALE_NAMES if sex == "P" else words.MALE_NAMES)
        parts = [first, rng.choice(self.surnames[sex])]
        if rng.random() < 0.25:
            parts.insert(1, rng.choice(words.FEMALE_NAMES if sex == "P" else words.MALE_NAMES))
        name = " ".join(dict.fromkeys(parts))
        roll = rng.random()
        if roll < 0.05:
            name = f"{rng.choice(words.TITLES_BEFORE[1:2] if sex == 'P' else words.TITLES_BEFORE[:1])} {name}"
        elif roll < 0.12:
            name = f"{name}, {rng.choice(words.TITLES_AFTER)}"
        return name

    def nik(self, sex: str) -> tuple[str, str | None]:
        rng = self.rng
        while True:
            if rng.random() < 0.9:
                region, kec_code = self.district.code, rng.choice(sorted(self.district.kecamatan))
            else:
                region, kec_code = rng.choice(sorted(self.district.neighbours)), f"{rng.randint(1, 9):02d}"
            born = date(rng.randint(1960, 2002), rng.randint(1, 12), rng.randint(1, 28))
            day = born.day + (40 if sex == "P" else 0)
            value = f"{region}{kec_code}{day:02d}{born:%m%y}{rng.randint(1, 9999):04d}"
            if value not in self.niks:
                self.niks.add(value)
                kecamatan = self.district.kecamatan.get(kec_code) if region == self.district.code else None
                return value, kecamatan

    def phone(self) -> str:
        while True:
            digits = "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.choice((7, 8, 8, 9))))
            value = f"+62{self.rng.choice(words.MOBILE_PREFIXES)}{digits}"
            if value not in self.phones:
                self.phones.add(value)
                return value

    def organization(self, kecamatan: str | None) -> dict[str, object]:
        rng = self.rng
        kind = "koperasi" if rng.random() < 0.25 else "umkm"
        for attempt in range(50):
            if kind == "koperasi":
                name = f"{rng.choice(words.KOPERASI_FORMS)} {rng.choice(words.NICE_WORDS)}"
            else:
                name = f"{rng.choice(words.UMKM_FORMS)} {rng.choice(words.UMKM_PRODUCTS)} {rng.choice(words.NICE_WORDS)}"
            if attempt > 5:
                name = f"{name} {rng.choice(words.DESA)}" + (f" {attempt}" if attempt > 20 else "")
            key = " ".join(name.casefold().split())
            if key not in self.org_keys:
                self.org_keys.add(key)
                break
        return {
            "name": name,
            "name_key": key,
            "kind": kind,
            "kecamatan": kecamatan,
            "desa": rng.choice(words.DESA),
            "workers": rng.choice((1, 2, 3, 4, 5, 8, 12, 20, 35)),
        }

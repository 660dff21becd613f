"""Certificate numbers, QR code text and its MAC, safe file names, template rules (no Qt, no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop_app.core.certificate_code import (
    MalformedCode,
    mac_matches,
    make_code,
    new_secret,
    parse_code,
    secret_from_text,
    secret_to_text,
)
from desktop_app.core.certificate_files import certificate_file_name, safe_file_stem
from desktop_app.core.certificate_number import check_number_pattern, format_number, roman_month
from desktop_app.core.certificate_template import (
    CertificateTemplate,
    Signatory,
    check_body,
    check_template,
    fill_body,
    format_nip,
    template_from_dict,
    template_to_dict,
)
from desktop_app.core.errors import InvalidField

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
SECRET = bytes(range(32))


def test_roman_months() -> None:
    assert [roman_month(m) for m in (1, 2, 4, 9, 12)] == ["I", "II", "IV", "IX", "XII"]
    with pytest.raises(ValueError):
        roman_month(13)


def test_default_pattern_gives_the_offices_number() -> None:
    assert format_number("{seq:03}/SOS-BPJSTK/{month_roman}/{year}", 1, date(2021, 2, 16)) == (
        "001/SOS-BPJSTK/II/2021"
    )
    assert format_number("{seq:03}/SOS-BPJSTK/{month_roman}/{year}", 1234, date(2021, 11, 3)) == (
        "1234/SOS-BPJSTK/XI/2021"
    )
    assert format_number("{year}-{batch}-{seq:04}", 7, date(2022, 1, 5), batch=3) == "2022-3-0007"


@pytest.mark.parametrize(
    ("pattern", "problem", "detail"),
    [
        ("{seq:03}/{bulan}/{year}", "unknown_field", "bulan"),
        ("{nomor}/{year}", "unknown_field", "nomor"),
        ("SOS/{month_roman}/{year}", "missing_field", "seq"),
        ("{seq:03}/SOS", "missing_field", "year"),
        ("{seq:x3}/{year}", "bad_format", None),
        ("{seq/{year}", "bad_format", None),
        ("{seq}\n{year}", "unprintable", None),
        ("   ", "required", None),
        ("{seq}/" + "X" * 120 + "/{year}", "too_long", None),
    ],
)
def test_bad_number_patterns_are_refused_with_the_reason(
    pattern: str, problem: str, detail: str | None
) -> None:
    with pytest.raises(InvalidField) as info:
        check_number_pattern(pattern)
    assert (info.value.field, info.value.problem) == ("number_pattern", problem)
    if detail:
        assert info.value.detail == detail


def test_body_fields_are_checked_and_filled() -> None:
    body = (
        "Atas partisipasi {nama} dari {lembaga} dalam {kegiatan} Angkatan {angkatan}, {tanggal} di {tempat}."
    )
    assert check_body(body) == body
    filled = fill_body(body, {"nama": "Sri", "lembaga": "KSU Maju", "kegiatan": "Sosialisasi"})
    assert filled.startswith("Atas partisipasi Sri dari KSU Maju dalam Sosialisasi Angkatan , ")
    with pytest.raises(InvalidField) as info:
        check_body("Terima kasih {nama} dari {alamat}")
    assert (info.value.problem, info.value.detail) == ("unknown_field", "alamat")
    with pytest.raises(InvalidField) as info:
        check_body("{nama!r}")
    assert info.value.problem == "bad_format"
    with pytest.raises(InvalidField):
        check_body("{nama.__class__}")


def test_a_code_holds_the_number_and_verifies_with_its_secret() -> None:
    code = make_code("001/SOS-BPJSTK/II/2021", SECRET)
    assert code.startswith("HADIR1:001/SOS-BPJSTK/II/2021:")
    parsed = parse_code(code)
    assert parsed.number == "001/SOS-BPJSTK/II/2021"
    assert mac_matches(parsed, SECRET)
    assert mac_matches(parse_code("  " + code.lower()[:7].upper() + code[7:] + "\r\n"), SECRET)
    assert not mac_matches(parsed, new_secret())  # another database's key


def test_changing_any_character_of_a_code_fails() -> None:
    code = make_code("017/SOS-BPJSTK/II/2021", SECRET)
    for i in range(len("HADIR1:"), len(code)):
        if code[i] == ":":
            continue
        swapped = "3" if code[i] != "3" else "4"
        forged = code[:i] + swapped + code[i + 1 :]
        try:
            parsed = parse_code(forged)
        except MalformedCode:
            continue
        assert not mac_matches(parsed, SECRET), forged


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "HADIR1:",
        "HADIR1:001",
        "HADIR1:001:SHORT",
        "HADIR2:001/2021:AAAAAAAAAAAAAAAA",
        "x" * 500,
    ],
)
def test_garbage_is_malformed(text: str) -> None:
    with pytest.raises(MalformedCode):
        parse_code(text)


def test_secret_survives_its_storage_text() -> None:
    secret = new_secret()
    assert len(secret) == 32
    assert secret_from_text(secret_to_text(secret)) == secret


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sri Wahyuni", "001 - Sri Wahyuni.pdf"),
        ("../../etc/passwd", "001 - etc passwd.pdf"),
        ("C:\\Windows\\system32", "001 - C Windows system32.pdf"),
        ('Dr. "Ayu" <Budi>|Santoso?*', "001 - Dr. Ayu Budi Santoso.pdf"),
        ("Nama\x00dengan\x1bkontrol\n baris", "001 - Nama dengan kontrol baris.pdf"),
        ("Zero\u200bWidth", "001 - ZeroWidth.pdf"),
        ("...", "001 - peserta.pdf"),
        ("Ñoño Müller-Łukasz", "001 - Ñoño Müller-Łukasz.pdf"),
    ],
)
def test_certificate_file_names_are_safe(name: str, expected: str) -> None:
    assert certificate_file_name(1, name) == expected


def test_reserved_windows_names_and_clashes() -> None:
    assert safe_file_stem("CON") == "_CON"
    assert safe_file_stem("nul.txt") == "_nul.txt"
    assert safe_file_stem("COM1") == "_COM1"
    assert safe_file_stem("Conny") == "Conny"
    assert len(safe_file_stem("A" * 500)) == 120
    taken: set[str] = set()
    assert certificate_file_name(5, "Budi", taken) == "005 - Budi.pdf"
    assert certificate_file_name(5, "budi", taken) == "005 - budi (2).pdf"


def test_template_rules() -> None:
    default = CertificateTemplate()
    check_template(default, signatory_names=False)  # the built-in template works before it is set
    with pytest.raises(InvalidField) as info:
        check_template(default)
    assert info.value.field == "signatory_name"
    named = replace(default, signatories=(Signatory("Drs. Bambang", nip="19660420 199203 1 008"),))
    clean = check_template(named)
    assert clean.signatories[0].nip == "196604201992031008"
    assert format_nip(clean.signatories[0].nip) == "19660420 199203 1 008"
    for change, field in [
        ({"paper": "Letter"}, "paper"),
        ({"primary_color": "blue"}, "primary_color"),
        ({"signatories": ()}, "signatories"),
        ({"signatories": (Signatory("A"),) * 3}, "signatories"),
        ({"logos": (b"GIF89a",)}, "logos"),
        ({"body": "Halo {alamat}"}, "body"),
        ({"number_pattern": "{seq}/{tahun}"}, "number_pattern"),
        ({"title": " "}, "title"),
    ]:
        with pytest.raises(InvalidField) as info:
            check_template(replace(named, **change))
        assert info.value.field == field, change
    with pytest.raises(InvalidField) as info:
        check_template(replace(named, signatories=(Signatory("A", nip="1966"),)))
    assert (info.value.field, info.value.problem) == ("nip", "length")


def test_template_round_trips_through_json_with_images() -> None:
    template = CertificateTemplate(
        title="PIAGAM",
        place="Sukoharjo",
        signatories=(Signatory("A", "Kepala", "IV/c", "196604201992031008", PNG), Signatory("B")),
        logos=(PNG, PNG + b"x"),
        background=PNG,
        paper="F4",
    )
    assert template_from_dict(template_to_dict(template)) == template
    assert template_from_dict(None) == CertificateTemplate()
    assert template_from_dict({"title": "X"}).number_pattern == CertificateTemplate().number_pattern

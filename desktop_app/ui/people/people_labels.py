"""The *Peserta* page's words for codes: organisation types, roster fields, row problems, file problems.

The services speak in stable codes (`nik_length`, `no_header`, `HasCertificates`); this is the one
place that turns them into sentences in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import HadirError, InvalidField, InvalidNik, InvalidPhone
from desktop_app.core.roster_columns import Field
from desktop_app.services.registry.types import HasCertificates, HasMembers
from desktop_app.services.roster.reader import RosterFileError
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.error_messages import error_text

# Written out in full each time: pyside6-lupdate only recognises literal `translate("Context", "…")` calls.


class PeopleLabels:
    """Translations of the registry's and the importer's codes; every method is static."""

    @staticmethod
    def kind(code: str | None) -> str:
        """UMKM, Cooperative, Other."""
        return {
            "umkm": QCoreApplication.translate("PeopleLabels", "UMKM"),
            "koperasi": QCoreApplication.translate("PeopleLabels", "Cooperative"),
            "lainnya": QCoreApplication.translate("PeopleLabels", "Other"),
        }.get(code or "", "")

    @staticmethod
    def field(field: Field) -> str:
        """What a roster column holds, as the mapping form names it."""
        return {
            Field.NAME: QCoreApplication.translate("PeopleLabels", "Name"),
            Field.NIK: QCoreApplication.translate("PeopleLabels", "NIK"),
            Field.PHONE: QCoreApplication.translate("PeopleLabels", "Phone / WhatsApp"),
            Field.SEX: QCoreApplication.translate("PeopleLabels", "Sex (L/P)"),
            Field.ORGANIZATION: QCoreApplication.translate("PeopleLabels", "Business / cooperative"),
            Field.ORG_KIND: QCoreApplication.translate("PeopleLabels", "Type (UMKM/Koperasi)"),
            Field.ADDRESS: QCoreApplication.translate("PeopleLabels", "Address"),
            Field.DESA: QCoreApplication.translate("PeopleLabels", "Desa / Kelurahan"),
            Field.KECAMATAN: QCoreApplication.translate("PeopleLabels", "Kecamatan"),
            Field.POSITION: QCoreApplication.translate("PeopleLabels", "Position"),
            Field.WORKERS: QCoreApplication.translate("PeopleLabels", "Number of workers"),
            Field.NIB: QCoreApplication.translate("PeopleLabels", "NIB"),
            Field.KPJ: QCoreApplication.translate("PeopleLabels", "BPJS number (KPJ)"),
            Field.INTEREST: QCoreApplication.translate("PeopleLabels", "Interested in BPU"),
        }[field]

    @staticmethod
    def reason(code: str) -> str:
        """A roster row's problem or warning (the codes of services/roster/labels.py)."""
        texts = {
            "name_missing": QCoreApplication.translate("PeopleLabels", "Name is empty"),
            "name_too_long": QCoreApplication.translate("PeopleLabels", "Name longer than 200 characters"),
            "organization_too_long": QCoreApplication.translate(
                "PeopleLabels", "Organisation name longer than 200 characters"
            ),
            "nik_rounded": QCoreApplication.translate(
                "PeopleLabels", "NIK stored as a number and rounded by Excel; type it again as text"
            ),
            "nik_not_digits": QCoreApplication.translate(
                "PeopleLabels", "NIK holds something other than digits"
            ),
            "nik_length": QCoreApplication.translate("PeopleLabels", "NIK must be 16 digits"),
            "nik_province": QCoreApplication.translate("PeopleLabels", "Unknown province code in the NIK"),
            "nik_regency": QCoreApplication.translate("PeopleLabels", "Unknown regency code in the NIK"),
            "nik_date": QCoreApplication.translate("PeopleLabels", "Impossible birth date in the NIK"),
            "nik_serial": QCoreApplication.translate("PeopleLabels", "The NIK's serial may not be 0000"),
            "nik_empty": QCoreApplication.translate("PeopleLabels", "NIK is empty"),
            "nik_missing": QCoreApplication.translate("PeopleLabels", "No NIK given"),
            "phone_invalid": QCoreApplication.translate("PeopleLabels", "Invalid phone number (not stored)"),
            "phone_unusual": QCoreApplication.translate("PeopleLabels", "Phone is not a usual mobile number"),
            "sex_unknown": QCoreApplication.translate("PeopleLabels", "Sex not recognised"),
            "sex_differs_from_nik": QCoreApplication.translate(
                "PeopleLabels", "Sex differs from the NIK (the NIK's is used)"
            ),
            "kecamatan_unknown": QCoreApplication.translate("PeopleLabels", "Unknown kecamatan"),
            "workers_not_a_number": QCoreApplication.translate(
                "PeopleLabels", "Number of workers is not a number"
            ),
            "duplicate_in_file": QCoreApplication.translate(
                "PeopleLabels", "Same person as another row of this file (merged)"
            ),
            "not_invited_full": QCoreApplication.translate(
                "PeopleLabels", "Not invited: every batch is full"
            ),
        }
        return texts.get(code, code)

    @staticmethod
    def file_problem(exc: RosterFileError) -> str:
        """Why a file cannot be imported, and what to do; nothing was changed."""
        texts = {
            "missing": QCoreApplication.translate("PeopleLabels", "The file {name} no longer exists."),
            "unsupported": QCoreApplication.translate(
                "PeopleLabels",
                "{name} is not a spreadsheet Hadir can read. Choose an Excel (.xlsx, .xls), "
                "LibreOffice (.ods) or CSV file.",
            ),
            "unreadable": QCoreApplication.translate(
                "PeopleLabels",
                "{name} cannot be read: it is damaged, protected by a password, or not really a "
                "spreadsheet. Open it in Excel or LibreOffice, save it again and retry.",
            ),
            "too_many_rows": QCoreApplication.translate(
                "PeopleLabels",
                "{name} has more than {detail} rows: that is not an invitation list. Check that you "
                "chose the right file.",
            ),
            "too_big": QCoreApplication.translate(
                "PeopleLabels",
                "{name} would need far more memory than an invitation list: its sheets are huge or "
                "empty cells are repeated without end. Copy the list into a new file and retry.",
            ),
            "not_a_table": QCoreApplication.translate(
                "PeopleLabels", "{name} does not hold a table. Save the list as .xlsx or .csv and retry."
            ),
            "no_header": QCoreApplication.translate(
                "PeopleLabels",
                "No list of people was found in {name}: no row has a “Nama” column and another known "
                "column. Choose the sheet and the header row, then the columns, by hand.",
            ),
            "no_name_column": QCoreApplication.translate(
                "PeopleLabels", "Choose which column holds the names: without names nobody can be imported."
            ),
            "no_such_sheet": QCoreApplication.translate(
                "PeopleLabels", "The chosen sheet is not in {name} any more. Choose the file again."
            ),
        }
        text = texts.get(exc.problem, texts["unreadable"])
        return text.format(
            name=exc.path.name, detail=f"{int(exc.detail):,}" if exc.detail.isdigit() else exc.detail
        )

    @staticmethod
    def error(exc: HadirError) -> str:
        """Any error of the registry's forms and actions as one sentence."""
        if isinstance(exc, RosterFileError):
            return PeopleLabels.file_problem(exc)
        if isinstance(exc, HasCertificates):
            return QCoreApplication.translate(
                "PeopleLabels",
                "{name} holds {count} certificate(s), so the record stays: the certificate must keep "
                "verifying. Merge duplicate records instead.",
            ).format(name=exc.name, count=exc.count)
        if isinstance(exc, HasMembers):
            return QCoreApplication.translate(
                "PeopleLabels",
                "{count} people belong to {name}. Merge it into the right organisation instead, or "
                "move the people first.",
            ).format(name=exc.name, count=exc.count)
        if isinstance(exc, InvalidNik):
            return CheckinMessages.nik_problem(exc.problem)
        if isinstance(exc, InvalidPhone):
            return CheckinMessages.phone_problem(exc.problem)
        if isinstance(exc, InvalidField):
            return PeopleLabels.field_error(exc)
        return error_text(exc)

    @staticmethod
    def field_error(exc: InvalidField) -> str:
        """The registry forms' own fields."""
        texts = {
            ("name", "required"): QCoreApplication.translate("PeopleLabels", "Please enter the name."),
            ("name", "taken"): QCoreApplication.translate(
                "PeopleLabels", "Another organisation already has this name: merge the two instead."
            ),
            ("nik", "taken"): QCoreApplication.translate(
                "PeopleLabels", "Another person already has this NIK: merge the two records instead."
            ),
            ("reason", "required"): QCoreApplication.translate("PeopleLabels", "Please give a reason."),
            ("nib", "not_digits"): QCoreApplication.translate(
                "PeopleLabels", "The NIB has digits only (13 digits)."
            ),
            ("workers", "out_of_range"): QCoreApplication.translate(
                "PeopleLabels", "The number of workers cannot be negative."
            ),
            ("merge", "same_record"): QCoreApplication.translate(
                "PeopleLabels", "Choose two different records to merge."
            ),
            ("session", "no_invitees"): QCoreApplication.translate(
                "PeopleLabels", "Nobody is invited to this batch yet: import an invitation list first."
            ),
        }
        return texts.get((exc.field, exc.problem)) or CheckinMessages.field_error(exc)

"""Typed errors from the services turned into sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import DatabaseProblem, HadirError, InvalidField, NotAllowed, NotFound


def field_label(field: str) -> str:
    """The form label of a service field name."""
    labels = {
        "title": QCoreApplication.translate("ErrorMessages", "Title"),
        "organizer": QCoreApplication.translate("ErrorMessages", "Organiser"),
        "partner": QCoreApplication.translate("ErrorMessages", "Partner"),
        "description": QCoreApplication.translate("ErrorMessages", "Description"),
        "venue": QCoreApplication.translate("ErrorMessages", "Venue"),
        "date": QCoreApplication.translate("ErrorMessages", "Date"),
        "start_time": QCoreApplication.translate("ErrorMessages", "Start time"),
        "end_time": QCoreApplication.translate("ErrorMessages", "End time"),
        "capacity": QCoreApplication.translate("ErrorMessages", "Capacity"),
        "max_temp": QCoreApplication.translate("ErrorMessages", "Maximum temperature"),
        "batch": QCoreApplication.translate("ErrorMessages", "Batch"),
    }
    return labels.get(field, field)


def field_error_text(exc: InvalidField) -> str:
    """One sentence saying what is wrong with the field and how to put it right."""
    key = (exc.field, exc.problem)
    specific = {
        ("title", "required"): QCoreApplication.translate("ErrorMessages", "Please enter the event's title."),
        ("organizer", "required"): QCoreApplication.translate("ErrorMessages", "Please enter the organiser."),
        ("venue", "required"): QCoreApplication.translate("ErrorMessages", "Please enter the venue."),
        ("temperature", "required"): QCoreApplication.translate(
            "ErrorMessages", "This session takes temperatures: type the temperature, then press Enter."
        ),
        ("end_time", "before_start"): QCoreApplication.translate(
            "ErrorMessages", "The session must end after it starts: check the start and end times."
        ),
        ("capacity", "out_of_range"): QCoreApplication.translate(
            "ErrorMessages", "The capacity must be between {range} people."
        ),
        ("capacity", "below_attended"): QCoreApplication.translate(
            "ErrorMessages", "The capacity cannot be lower than the {detail} people already checked in."
        ),
        ("max_temp", "out_of_range"): QCoreApplication.translate(
            "ErrorMessages", "The temperature limit must be between 35 and 40 °C."
        ),
        ("batch", "taken"): QCoreApplication.translate(
            "ErrorMessages", "Batch {detail} already exists in this event: choose another number."
        ),
        ("batch", "out_of_range"): QCoreApplication.translate(
            "ErrorMessages", "The batch number must be 1 or more."
        ),
    }
    if key in specific:
        return specific[key].format(detail=exc.detail, range=exc.detail.replace("-", "–"))
    label = field_label(exc.field)
    if exc.problem == "required":
        return QCoreApplication.translate("ErrorMessages", "“{field}” must be filled in.").format(field=label)
    if exc.problem == "too_long":
        return QCoreApplication.translate(
            "ErrorMessages", "“{field}” is too long: at most {detail} characters."
        ).format(field=label, detail=exc.detail)
    if exc.problem == "out_of_range":
        return QCoreApplication.translate("ErrorMessages", "“{field}” is out of range ({detail}).").format(
            field=label, detail=exc.detail
        )
    return QCoreApplication.translate("ErrorMessages", "“{field}” is not valid ({problem}).").format(
        field=label, problem=exc.problem
    )


def database_problem_title() -> str:
    """The title of the message shown when the database cannot be opened."""
    return QCoreApplication.translate("ErrorMessages", "Hadir cannot open the database")


def database_problem_text(exc: DatabaseProblem) -> str:
    """What is wrong with the database file, that nothing was changed, and what to do."""
    texts = {
        "corrupt": QCoreApplication.translate(
            "ErrorMessages",
            "The file {path} is damaged or is not a database. Hadir did not change it. "
            "Restore a backup or open another file.",
        ),
        "too_new": QCoreApplication.translate(
            "ErrorMessages",
            "The file {path} was written by a newer version of Hadir. Install the latest version to "
            "open it. The file was not changed.",
        ),
        "not_hadir": QCoreApplication.translate(
            "ErrorMessages",
            "The file {path} belongs to another application, not to Hadir. It was not changed.",
        ),
        "locked": QCoreApplication.translate(
            "ErrorMessages",
            "The file {path} is in use by another program or another Hadir window. Close it and try again.",
        ),
        "read_only": QCoreApplication.translate(
            "ErrorMessages",
            "The file {path} is read-only, so Hadir cannot record anything in it. Check the file's "
            "permissions or copy it to a folder you can write to.",
        ),
        "missing_dir": QCoreApplication.translate(
            "ErrorMessages", "The folder of {path} does not exist and cannot be created."
        ),
        "foreign_schema": QCoreApplication.translate(
            "ErrorMessages",
            "The file {path} holds tables, triggers or views that Hadir did not make, so it could "
            "change data behind Hadir's back. It was refused and not changed.",
        ),
        "disk_full": QCoreApplication.translate(
            "ErrorMessages",
            "The disk is full: {path} cannot be written. Nothing was lost. Free some space or choose "
            "another folder, then try again.",
        ),
        "io_error": QCoreApplication.translate(
            "ErrorMessages",
            "The disk refused to read or write {path} (full, removed or damaged). Nothing was "
            "changed. Free some space or choose another folder, then try again.",
        ),
        "key_missing": QCoreApplication.translate(
            "ErrorMessages",
            "The file {path} is encrypted and this computer account has no key for it. Open it with "
            "the admin's recovery key (Restore a backup). The file was not changed.",
        ),
        "wrong_key": QCoreApplication.translate(
            "ErrorMessages",
            "The recovery key does not open {path}. Check it letter by letter (52 letters and digits "
            "in groups of four). The file was not changed.",
        ),
        "unreachable": QCoreApplication.translate(
            "ErrorMessages",
            # No address here: the status bar shows which server; the sentence stays short.
            "The database server cannot be reached, so nothing was recorded. Check the network; "
            "Hadir tries again by itself.",
        ),
        "login_refused": QCoreApplication.translate(
            "ErrorMessages",
            "The database server {path} refused the user name or password. Ask the admin for the right ones.",
        ),
    }
    return texts.get(exc.kind, texts["corrupt"]).format(path=exc.path)


def error_text(exc: HadirError) -> str:
    """Any error Hadir raises on purpose, as a sentence (falls back to the English message)."""
    if isinstance(exc, InvalidField):
        return field_error_text(exc)
    if isinstance(exc, DatabaseProblem):
        return database_problem_text(exc)
    if isinstance(exc, NotAllowed):
        return QCoreApplication.translate(
            "ErrorMessages", "Only an admin may do this. Ask an admin to sign in, then try again."
        )
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "ErrorMessages",
            "This record no longer exists; it may have been changed elsewhere. Refresh the list.",
        )
    return exc.message

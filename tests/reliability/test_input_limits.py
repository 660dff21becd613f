"""Text coming in: control characters (NUL, ESC) never reach SQLite or the terminal; lengths are capped.

Before: a NUL typed into the desk or registry search raised OperationalError, ESC sequences were
stored and printed raw by the command line, and 100,000-character names or a 10 MB title were
accepted. The limits are checked in the services, not only in the widgets.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.core.errors import InvalidField
from desktop_app.core.names import NAME_MAX, TITLE_MAX, clean_name
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Person


@pytest.mark.parametrize("typed", ["Sri\x00", "\x00", "Sri\x00Wahyuni", "ab\x00c", "3311\x00"])
def test_a_nul_in_the_desk_and_registry_search_finds_instead_of_failing(
    services, admin, make_session, typed
) -> None:  # type: ignore[no-untyped-def]
    _, session_id = make_session()
    with services.db.transaction() as s:
        services.people.create_person(s, WalkInDraft(name="Sri Wahyuni", nik="3311014101900001"), admin.id)
    hits = services.checkin.search(session_id, typed)
    people = services.registry.list_people(typed)
    assert isinstance(hits, list) and isinstance(people, list)
    if typed == "Sri\x00":
        assert [h.name for h in hits] == ["Sri Wahyuni"]
        assert [p.name for p in people] == ["Sri Wahyuni"]


def test_control_characters_are_stripped_from_names(services, admin) -> None:  # type: ignore[no-untyped-def]
    assert clean_name("Sri\x1b[2J Wahyuni\x07\x00") == "Sri[2J Wahyuni"
    assert clean_name("Dyah\tAyu\r\n") == "Dyah Ayu"  # white space stays white space
    with services.db.transaction() as s:
        services.people.create_person(
            s, WalkInDraft(name="\x1b]0;pwned\x07Budi", organization="CV\x00 Maju"), admin.id
        )
    with services.db.session() as s:
        person = s.scalars(select(Person)).one()
        assert person.name == "]0;pwnedBudi"
        assert "\x1b" not in person.name and person.organization.name == "CV Maju"


def test_the_command_line_never_prints_an_escape_sequence(db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        [
            "--db",
            str(db_path),
            "--json",
            "event",
            "add",
            "--title",
            "Sosialisasi\x1b[31m",
            "--organizer",
            "Dinas",
        ]
    )
    assert code == 0
    main(["--db", str(db_path), "event", "list"])
    assert "\x1b" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda n: WalkInDraft(name="x" * n), "name"),
        (lambda n: WalkInDraft(name="Sri", organization="y" * n), "organization"),
    ],
    ids=["person-name", "organization"],
)
def test_names_and_organisations_over_200_characters_are_refused(services, admin, make, field) -> None:  # type: ignore[no-untyped-def]
    with services.db.transaction() as s:
        services.people.create_person(s, make(NAME_MAX), admin.id)  # the limit itself is fine
    with pytest.raises(InvalidField) as err, services.db.transaction() as s:
        services.people.create_person(s, make(100_000), admin.id)
    assert (err.value.field, err.value.problem, err.value.detail) == (field, "too_long", "200")


def test_titles_and_venues_over_300_characters_are_refused(services, admin) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidField) as err:
        services.events.add_event(EventDraft("t" * (10 * 1024 * 1024), "Dinas"), admin.id)
    assert (err.value.field, err.value.problem) == ("title", "too_long")
    event_id = services.events.add_event(EventDraft("t" * TITLE_MAX, "Dinas"), admin.id)
    draft = SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "v" * (TITLE_MAX + 1), 30)
    with pytest.raises(InvalidField) as err:
        services.events.add_session(draft, admin.id)
    assert (err.value.field, err.value.problem) == ("venue", "too_long")


def test_a_roster_row_with_a_huge_name_is_rejected_not_imported(
    services, admin, make_session, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _, session_id = make_session()
    roster = tmp_path / "daftar.csv"
    roster.write_text(
        "Nama;NIK;No HP\n"
        + "Sri Wahyuni;3311014101900001;081200000011\n"
        + f"{'x' * 5000};3311010202850002;\n",
        encoding="utf-8",
    )
    summary = services.roster.run(roster, [session_id], admin)
    assert (summary.imported, summary.rejected) == (1, 1)

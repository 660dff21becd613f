"""Importing the branch's membership list: matched by NIK only, counted, the same list twice is a no-op."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from bpjs_world import LIST_ROWS, NIKS, World, write_member_list
from sqlalchemy import select

from desktop_app.core.errors import NotAllowed
from desktop_app.storage.models import AuditEntry, BpjsMembership, Person


def _memberships(world: World) -> dict[str, tuple[object, ...]]:
    by_id = {pid: key for key, pid in world.people.items()}
    with world.services.db.session() as s:
        rows = s.execute(select(BpjsMembership)).scalars().all()
        return {by_id[m.person_id]: (m.kpj, m.registered_on, m.segment, m.programs) for m in rows}


def test_the_list_is_matched_by_nik_and_every_row_is_counted(world: World, tmp_path: Path) -> None:
    summary = world.services.bpjs_members.run(write_member_list(tmp_path / "bpjs.xlsx"), world.admin.id)
    assert (summary.rows, summary.matched, summary.unmatched, summary.rejected) == (10, 7, 1, 2)
    assert (summary.updated, summary.added, summary.unchanged) == (7, 7, 0)
    assert summary.sheet == "Data TK"
    assert [u.nik_masked for u in summary.unmatched_rows] == ["3311********0099"]
    assert {r.number: r.reasons for r in summary.rejected_rows} == {
        13: ("kpj_invalid",),
        14: ("date_invalid",),
    }
    members = _memberships(world)
    assert members == {
        "A": ("21012345671", date(2021, 1, 5), "BPU", "JKK,JKM"),
        "B": ("21012345672", date(2021, 2, 16), "BPU", "JHT,JKK,JKM"),
        "C": ("21012345673", date(2021, 4, 16), "BPU", "JKK,JKM"),
        "E": ("21012345675", date(2021, 2, 16), "BPU", "JKK,JKM"),
        "H": ("21012345678", date(2021, 2, 20), "PU", "JHT,JKK,JKM,JP"),
        "F": ("21012345676", date(2021, 3, 10), "BPU", "JKK,JKM"),
        "G": ("21012345677", date(2021, 3, 1), "JAKON", "JKK,JKM"),
    }


def test_unknown_niks_are_not_added_to_the_registry(world: World, tmp_path: Path) -> None:
    with world.services.db.session() as s:
        before = s.scalar(select(Person.id).order_by(Person.id.desc()))
    world.services.bpjs_members.run(write_member_list(tmp_path / "bpjs.xlsx"), world.admin.id)
    with world.services.db.session() as s:
        assert s.scalar(select(Person.id).order_by(Person.id.desc())) == before
        assert s.scalar(select(Person.id).where(Person.name == "Orang Lain")) is None


def test_the_same_list_twice_changes_nothing_and_a_newer_list_updates(world: World, tmp_path: Path) -> None:
    path = write_member_list(tmp_path / "bpjs.xlsx")
    world.services.bpjs_members.run(path, world.admin.id)
    first = _memberships(world)
    again = world.services.bpjs_members.run(path, world.admin.id)
    assert (again.updated, again.added, again.unchanged) == (0, 0, 7)
    assert _memberships(world) == first

    newer = [row for row in LIST_ROWS if row[0] != int(NIKS["D"])]
    newer.append((NIKS["D"], "21012345674", "Dodi", "01/05/2021", "BPU", "JKK, JKM"))  # D has now joined
    newer[0] = (NIKS["A"], "21012345671", "Ani", date(2021, 1, 5), "BPU", "JKK, JKM, JHT")  # A added JHT
    done = world.services.bpjs_members.run(write_member_list(tmp_path / "newer.xlsx", newer), world.admin.id)
    assert (done.updated, done.added, done.unchanged) == (2, 1, 6)
    members = _memberships(world)
    assert members["D"] == ("21012345674", date(2021, 5, 1), "BPU", "JKK,JKM")
    assert members["A"][3] == "JHT,JKK,JKM"


def test_a_csv_list_with_nik_as_text_and_an_apostrophe(world: World, tmp_path: Path) -> None:
    path = tmp_path / "bpjs.csv"
    path.write_text(
        "NIK;No KPJ;Nama;Tanggal Daftar;Segmen\n"
        f"'{NIKS['A']};21012345671;Ani;05/01/2021;BPU\n"
        f"{NIKS['B'][:4]} {NIKS['B'][4:]};21012345672;Budi;16 Feb 2021;BPU\n",
        encoding="utf-8",
    )
    summary = world.services.bpjs_members.run(path, world.admin.id)
    assert (summary.rows, summary.matched, summary.rejected) == (2, 2, 0)
    assert _memberships(world)["B"][1] == date(2021, 2, 16)


def test_only_an_admin_imports_and_the_import_is_audited(world: World, tmp_path: Path) -> None:
    desk = world.services.operators.add_operator("Petugas Meja", "2468", world.admin.id)
    path = write_member_list(tmp_path / "bpjs.xlsx")
    with pytest.raises(NotAllowed):
        world.services.bpjs_members.run(path, desk.id)
    assert _memberships(world) == {}
    world.services.bpjs_members.run(path, world.admin.id)
    with world.services.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "bpjs_membership")).one()
    assert entry.operator_id == world.admin.id
    assert entry.details["matched"] == 7
    assert NIKS["A"] not in str(entry.details)

"""One host, two desks that joined it, all on this machine with the real server: what the issue asks.

`hadir host start` in one data folder, `hadir join CODE` in two others; three processes (one per
laptop) race for a session of 10; stop and start keep everything; a server killed mid-burst loses
no acknowledged check-in; a code with another password, or another host's fingerprint, is refused.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from network_venue import Venue, add_session, attended, free_port, hadir, open_services
from sqlalchemy import select

from desktop_app.core.errors import InvalidInput
from desktop_app.services.network.binaries import find_bin_dir
from desktop_app.services.network.join_code import JoinCode, new_password, parse_join_code
from desktop_app.storage.models import Attendance

try:
    find_bin_dir()
except InvalidInput:  # pragma: no cover - dev.sh installs Debian's postgresql
    pytest.skip("PostgreSQL is not installed", allow_module_level=True)

# One venue (a host and two desks) serves the module and its tests build on each other in order:
# the module runs on one pytest-xdist worker (pyproject.toml: --dist loadgroup).
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("host_and_join")]
SEATS = 10
ATTEMPTS_PER_DESK = 10


@pytest.fixture(scope="module")
def venue() -> Iterator[tuple[Venue, dict]]:
    """The host started (its own file brought an event along) and both desks joined."""
    place = Venue.make()
    try:
        hadir(place.host, "event", "add", "--title", "Dibawa dari laptop", "--organizer", "Disdagkop")
        started = hadir(place.host, "host", "start", "--port", place.port)
        for desk in place.desks:
            joined = hadir(desk, "join", started["join_code"])
            assert joined["url"] == started["url"]
        yield place, started
    finally:
        place.remove()


def test_host_start_answers_the_contract_and_brings_the_laptops_data(venue) -> None:  # type: ignore[no-untyped-def]
    place, started = venue
    assert started["url"].startswith("postgresql://hadir:***@") and started["url"].endswith(
        f":{place.port}/hadir"
    )
    assert Path(started["data_dir"]).is_relative_to(place.host)
    code = parse_join_code(started["join_code"])
    assert code.port == place.port and started["url"].split("@")[1].startswith(code.host)
    for folder in place.everyone:  # the event made on the host's own file is on every desk
        titles = [e["title"] for e in hadir(folder, "event", "list")["events"]]
        assert "Dibawa dari laptop" in titles
    status = hadir(place.desks[0], "host", "status")
    assert status["running"] is True and status["url"] == started["url"]
    assert status["desks"] == 0  # nobody else holds a connection now
    desk = open_services(place.desks[0])  # a desk at work (this process) holds a connection
    try:
        desk.events.list_sessions()
        assert hadir(place.host, "host", "status")["desks"] == 1
    finally:
        desk.close()


def _desk(folder: str, session_id: int, person_ids: list[int], start, results) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core.errors import CapacityFull
    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest

    services = open_services(Path(folder))
    operator = services.operators.local_admin()
    admitted = refused = 0
    start.wait()
    for person_id in person_ids:
        try:
            services.checkin.admit(AdmitRequest(session_id, person_id, ScreeningAnswers(36.5)), operator)
            admitted += 1
        except CapacityFull:
            refused += 1
    services.close()
    results.put((admitted, refused))


def test_thirty_attempts_from_three_laptops_fill_a_session_of_ten_exactly(venue) -> None:  # type: ignore[no-untyped-def]
    place, _ = venue
    session_id, ids = add_session(place.desks[1], SEATS, 3 * ATTEMPTS_PER_DESK)
    ctx = mp.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    desks = [
        ctx.Process(target=_desk, args=(str(folder), session_id, ids[i::3], start, results))
        for i, folder in enumerate(place.everyone)
    ]
    for p in desks:
        p.start()
    start.set()
    outcomes = [results.get(timeout=180) for _ in desks]
    for p in desks:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert sum(a for a, _ in outcomes) == SEATS
    assert sum(r for _, r in outcomes) == 3 * ATTEMPTS_PER_DESK - SEATS
    assert [attended(folder, session_id) for folder in place.everyone] == [SEATS] * 3
    assert hadir(place.host, "host", "status")["running"] is True


def test_stop_then_start_keeps_everything(venue) -> None:  # type: ignore[no-untyped-def]
    place, started = venue
    session_id, ids = add_session(place.host, 5, 3)
    for person_id, desk in zip(ids, place.everyone, strict=True):
        services = open_services(desk)
        try:
            from desktop_app.core.screening import ScreeningAnswers
            from desktop_app.services.checkin.types import AdmitRequest

            services.checkin.admit(
                AdmitRequest(session_id, person_id, ScreeningAnswers(36.6)), services.operators.local_admin()
            )
        finally:
            services.close()
    assert hadir(place.host, "host", "stop") == {"stopped": True}
    assert hadir(place.desks[0], "host", "status")["running"] is False
    failed = hadir(place.desks[0], "event", "list", want=2)
    assert failed["reason"] == "database" and "unreachable" in failed["message"]
    again = hadir(place.host, "host", "start")
    assert again["join_code"] == started["join_code"] and again["copied"] is False
    assert [attended(folder, session_id) for folder in place.everyone] == [3] * 3


def _burst(folder: str, session_id: int, person_ids: list[int], acks: str, results) -> None:  # type: ignore[no-untyped-def]
    """Admit each person; write each one the desk showed as admitted; keep trying while the server is away."""
    try:
        results.put(("done", _admit_all(folder, session_id, person_ids, acks)))
    except BaseException:  # the test shows why this desk stopped, rather than waiting for it
        results.put(("failed", traceback.format_exc()))


def _admit_all(folder: str, session_id: int, person_ids: list[int], acks: str) -> int:
    from desktop_app.core.errors import AlreadyCheckedIn, DatabaseProblem
    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest
    from desktop_app.storage.target import problem_from_any

    unreachable = 0
    deadline = time.monotonic() + 240
    while True:  # a desk that finds the server away at its start tries again, as the window offers
        services = None
        try:  # the server may go between the open and the sign-in too
            services = open_services(Path(folder))
            operator = services.operators.local_admin()
            break
        except Exception as exc:
            if services is not None:
                services.close()
            problem = exc if isinstance(exc, DatabaseProblem) else problem_from_any(exc, "server")
            if problem is None or problem.kind != "unreachable" or time.monotonic() > deadline:
                raise
            unreachable += 1
            time.sleep(0.5)
    for person_id in person_ids:
        while True:
            try:
                services.checkin.admit(AdmitRequest(session_id, person_id, ScreeningAnswers(36.5)), operator)
            except AlreadyCheckedIn:  # committed while its answer was lost: never shown as admitted
                break
            except Exception as exc:
                problem = (
                    exc if isinstance(exc, DatabaseProblem) else problem_from_any(exc, services.db.label)
                )
                if problem is None or problem.kind != "unreachable" or time.monotonic() > deadline:
                    raise
                unreachable += 1
                time.sleep(0.2)
                continue
            with open(acks, "a", encoding="utf-8") as out:  # the desk showed "admitted"
                out.write(f"{person_id}\n")
            break
    services.close()
    return unreachable


def test_the_server_killed_mid_burst_loses_no_acknowledged_checkin(venue, tmp_path) -> None:  # type: ignore[no-untyped-def]
    place, _ = venue
    per_desk = 25
    session_id, ids = add_session(place.host, 3 * per_desk, 3 * per_desk)
    acks = [tmp_path / f"acks-{i}.txt" for i in range(3)]
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    desks = [
        ctx.Process(target=_burst, args=(str(folder), session_id, ids[i::3], str(acks[i]), results))
        for i, folder in enumerate(place.everyone)
    ]
    for p in desks:
        p.start()
    deadline = time.monotonic() + 120
    while sum(len(a.read_text().split()) for a in acks if a.exists()) < 6:
        assert time.monotonic() < deadline, "the desks admitted nobody"
        time.sleep(0.05)
    from desktop_app.services.network.host_server import HostServer

    pid = HostServer(place.host / "server").postmaster_pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    time.sleep(1)
    hadir(place.host, "host", "start")  # the host starts its server again (crash recovery)
    answers = [results.get(timeout=250) for _ in desks]  # each desk gives up by itself after 240 s
    failed = [why for kind, why in answers if kind == "failed"]
    assert not failed, failed[0]
    unreachable = [count for _, count in answers]
    for p in desks:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert sum(unreachable) > 0  # the desks noticed the server gone, then carried on by themselves
    acknowledged = {int(line) for a in acks for line in a.read_text().split()}
    services = open_services(place.desks[0])
    try:
        with services.db.session() as s:
            stored = set(
                s.scalars(
                    select(Attendance.person_id).where(
                        Attendance.session_id == session_id, Attendance.undone_at.is_(None)
                    )
                )
            )
    finally:
        services.close()
    assert acknowledged <= stored
    assert stored == set(ids)  # every desk went on after the restart and admitted everyone


def test_a_code_with_another_password_or_host_is_refused(venue, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _place, started = venue
    code = parse_join_code(started["join_code"])
    stranger = tmp_path / "stranger"
    stranger.mkdir()
    wrong_password = JoinCode(code.host, code.port, new_password(), code.fingerprint).text()
    refused = hadir(stranger, "join", wrong_password, want=2)
    assert refused["reason"] == "database" and "login_refused" in refused["message"]
    wrong_host = JoinCode(code.host, code.port, code.password, "0000").text()
    refused = hadir(stranger, "join", wrong_host, want=2)
    assert "not the host that showed this code" in refused["message"]
    mistyped = started["join_code"][:-1] + ("A" if started["join_code"][-1] != "A" else "B")
    assert "mistyped" in hadir(stranger, "join", mistyped, want=2)["message"]
    assert not (stranger / "network.json").exists()
    assert hadir(stranger, "host", "status")["running"] is False  # still on its own file


def test_the_host_is_found_on_the_network_when_the_codes_address_is_old(venue, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """mDNS: a code whose port is old still joins; a desk follows its host to another port."""
    place, started = venue
    code = parse_join_code(started["join_code"])
    from desktop_app.services.network.discovery import find_hosts

    [found] = find_hosts(10.0, code.fingerprint)  # `host start` announces the host, never its password
    assert (found.port, found.fingerprint) == (code.port, code.fingerprint)
    late = tmp_path / "late"
    late.mkdir()
    old = JoinCode(code.host, code.port + 1, code.password, code.fingerprint).text()  # nothing listens there
    assert hadir(late, "join", old)["url"].endswith(f":{code.port}/hadir")

    hadir(place.host, "host", "stop")
    moved_to = free_port()
    hadir(place.host, "host", "start", "--port", moved_to)
    # Unreachable at the old port, the desk looks for the host. The host's announcer is a process
    # `host start` spawns; on a loaded machine it may answer a few seconds later: ask again.
    deadline = time.monotonic() + 60
    status = hadir(place.desks[0], "host", "status")
    while not status["moved"] and time.monotonic() < deadline:
        status = hadir(place.desks[0], "host", "status")
    assert (
        status["moved"] is True and status["running"] is True and status["url"].endswith(f":{moved_to}/hadir")
    )
    assert hadir(place.desks[0], "event", "list")["events"]  # the desk works at the new address


def test_finish_puts_the_servers_data_into_the_hosts_own_file(venue) -> None:  # type: ignore[no-untyped-def]
    """Last in this module: the server stops and the host goes back to its file."""
    place, _ = venue
    on_server = {
        s["session_id"]: s["attended"]
        for e in hadir(place.host, "event", "list")["events"]
        for s in e["sessions"]
    }
    assert hadir(place.desks[0], "join", "--leave", want=0)["url"] is None  # a desk may leave any time
    refused = hadir(place.host, "join", "--leave", want=2)  # the host would strand the server's data
    assert refused["reason"] == "network" and "host finish" in refused["message"]
    finished = hadir(place.host, "host", "finish")
    assert Path(finished["path"]) == place.host / "hadir.db" and Path(finished["previous_backup"]).exists()
    assert hadir(place.host, "host", "status") == {
        "running": False, "desks": 0, "url": None, "mode": "file", "host_name": None, "moved": False,
    }  # fmt: skip
    on_file = {
        s["session_id"]: s["attended"]
        for e in hadir(place.host, "event", "list")["events"]
        for s in e["sessions"]
    }
    assert on_file == on_server and sum(on_file.values()) >= SEATS + 3
    assert hadir(place.desks[1], "event", "list", want=2)["reason"] == "database"  # its host is gone


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root's server runs as nobody"
)
def test_as_root_a_folder_nobody_may_enter_is_refused_with_a_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o700)
    refused = hadir(closed / "data", "host", "start", want=2)
    assert refused["reason"] == "network" and "PostgreSQL refuses to run as root" in refused["message"]
    assert not (closed / "data" / "server" / "pgdata").exists()

"""`hadir host start|status|stop|finish` and `hadir join CODE | --leave`: a venue network of laptops.

These commands open no database themselves (a desk must be able to leave a server that is gone);
the service opens what it needs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidInput
from desktop_app.paths import AppPaths

AddCommand = Callable[..., argparse.ArgumentParser]


def add_commands(top: argparse._SubParsersAction, command: AddCommand, parser_class: type) -> None:
    """`hadir host …` and `hadir join` (command: cli's `_command`, which adds --db, --json, --operator)."""
    host = top.add_parser("host", help="make this laptop the venue's server (the other desks join it)")
    sub = host.add_subparsers(dest="action", required=True, parser_class=parser_class)
    p = command(sub, "start", host_start, "start the server; the first start copies this laptop's data in")
    p.add_argument("--port", type=int, help="the port to listen on (default: 5432, or the one used before)")
    command(sub, "status", host_status, "whether the server runs and how many desks use it")
    command(sub, "stop", host_stop, "stop the server; its data stays for the next start")
    command(
        sub, "finish", host_finish, "put the server's data into this laptop's own file and stop the server"
    )
    command(sub, "advertise", host_advertise, "announce this host on the network (host start runs it)")
    for p in sub.choices.values():
        p.set_defaults(without_database=True)
    p = command(top, "join", join, "use the host's server (the join code it shows), or --leave it")
    p.add_argument("code", nargs="?", help="the join code the host shows (with or without dashes)")
    p.add_argument("--leave", action="store_true", help="go back to this laptop's own file")
    p.set_defaults(without_database=True)


def _service(args: argparse.Namespace):
    from desktop_app.services.network.service import NetworkService

    return NetworkService(AppPaths.resolve(_own_file(args)))


def _own_file(args: argparse.Namespace) -> str | None:
    db = getattr(args, "db", None)
    if db and str(db).strip().lower().startswith(("postgresql://", "postgres://")):
        raise InvalidInput("host and join work with this laptop's own file: leave out --db postgresql://…")
    return db


def host_start(args: argparse.Namespace) -> Result:
    """Start the host's server and show the join code."""
    started = _service(args).host_start(args.port)
    data = {"url": started.url, "join_code": started.join_code, "data_dir": str(started.data_dir),
            "host_name": started.host_name, "fingerprint": started.fingerprint, "copied": started.copied_now}  # fmt: skip
    lines = [
        f"The server runs: {started.url}",
        f"Join code: {started.join_code}   (on each desk: hadir join {started.join_code})",
        f"Fingerprint: {started.fingerprint}   Data: {started.data_dir}",
    ]
    if started.copied_now:
        lines.append("This laptop's database was copied into the server.")
    return Result(data, lines)


def host_status(args: argparse.Namespace) -> Result:
    """Whether the server answers, and how many desks use it."""
    status = _service(args).status()
    data = {"running": status.running, "desks": status.desks, "url": status.url, "mode": status.mode,
            "host_name": status.host_name, "moved": status.moved}  # fmt: skip
    if status.mode == "file":
        lines = ["This laptop uses its own file; it hosts no server and joined none."]
    elif status.running:
        lines = [f"{status.url} ({status.host_name}) answers; desks connected: {status.desks}"]
    else:
        lines = [f"{status.url} ({status.host_name}) does not answer"]
    return Result(data, lines)


def host_stop(args: argparse.Namespace) -> Result:
    """Stop the server cleanly."""
    stopped = _service(args).host_stop()
    return Result({"stopped": stopped}, ["The server stopped." if stopped else "The server was not running."])


def host_advertise(args: argparse.Namespace) -> Result:
    """Announce the host by mDNS until its server stops (a process of its own, started by host start)."""
    _service(args).advertise()
    return Result({"advertised": True}, ["The server stopped; no longer announced."])


def host_finish(args: argparse.Namespace) -> Result:
    """After the event: the server's data into the own file, the server stopped."""
    finished = _service(args).finish(getattr(args, "operator", None))
    data = {"path": str(finished.path), "previous_backup": str(finished.previous_backup)}
    return Result(
        data, [f"The server's data is in {finished.path}; the file as it was: {finished.previous_backup}"]
    )


def join(args: argparse.Namespace) -> Result:
    """Use the host's server, or go back to the own file."""
    service = _service(args)
    if args.leave:
        if args.code:
            raise InvalidInput("give a join code or --leave, not both")
        path = service.leave()
        return Result({"url": None, "path": str(path)}, [f"This laptop uses its own file again: {path}"])
    if not args.code:
        raise InvalidInput("give the join code the host shows (hadir join CODE), or --leave")
    url = service.join(args.code)
    return Result({"url": url}, [f"This laptop now uses the server {url}"])

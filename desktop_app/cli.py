"""The command line: `hadir` (or `python -m desktop_app`). With no command it opens the window.

Exit status: 0 done, 2 bad usage or bad input, 3 refused by a rule, 1 anything unexpected.
With `--json` the answer is one JSON object on stdout, also for refusals and errors.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable, Sequence

import desktop_app
from desktop_app.commands import audit as audit_commands
from desktop_app.commands import backup as backup_commands
from desktop_app.commands import bpjs as bpjs_commands
from desktop_app.commands import certificates as certificate_commands
from desktop_app.commands import checkin as checkin_commands
from desktop_app.commands import db as db_commands
from desktop_app.commands import demo as demo_commands
from desktop_app.commands import encryption as encryption_commands
from desktop_app.commands import events as event_commands
from desktop_app.commands import export as export_commands
from desktop_app.commands import merge as merge_commands
from desktop_app.commands import network as network_commands
from desktop_app.commands import paper as paper_commands
from desktop_app.commands import privacy as privacy_commands
from desktop_app.commands import report as report_commands
from desktop_app.commands import roster as roster_commands
from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result, emit
from desktop_app.core.errors import HadirError

log = logging.getLogger("hadir.cli")
Handler = Callable[[CommandContext, argparse.Namespace], Result]


class UsageError(Exception):
    """argparse found the command line malformed."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


class _Version(argparse.Action):
    """`--version`, reading the installed version only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:  # type: ignore[override]
        print(f"hadir {desktop_app.__version__}")
        parser.exit()


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `hadir --json event add` and `hadir event add --json` both work.
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database file or postgresql://user:password@host:port/db (default: HADIR_DB or the user data dir)",
    )
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="answer as one JSON object"
    )
    parser.add_argument(
        "--operator", default=argparse.SUPPRESS, help="who is acting (default: HADIR_OPERATOR)"
    )


def _command(
    sub: argparse._SubParsersAction, name: str, handler: Handler, help_: str
) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_, description=help_)
    _common(parser)
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree."""
    parser = _Parser(prog="hadir", description="Hadir: attendance for information sessions.")
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument(
        "--check",
        action="store_true",
        help="say what this installation can do (encryption at rest, keyring, webcam scanning) and exit",
    )
    parser.add_argument("--db", help="database file (default: HADIR_DB or the user data dir)")
    parser.add_argument("--json", action="store_true", help="answer as one JSON object on stdout")
    parser.add_argument("--operator", help="who is acting (default: HADIR_OPERATOR, else the local admin)")
    top = parser.add_subparsers(dest="command", parser_class=_Parser)

    event = top.add_parser("event", help="events (kegiatan)")
    event_sub = event.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = _command(event_sub, "add", event_commands.add_event, "create an event")
    p.add_argument("--title", required=True)
    p.add_argument("--organizer", required=True)
    p.add_argument("--partner")
    p = _command(event_sub, "list", event_commands.list_sessions, "list events and their sessions")
    p.add_argument("--event", type=int)
    p.set_defaults(reads_only=True)

    session = top.add_parser("session", help="sessions (angkatan) of an event")
    session_sub = session.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = _command(session_sub, "add", event_commands.add_session, "create a session (batch)")
    p.add_argument("--event", type=int, required=True)
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--start", required=True, help="HH:MM")
    p.add_argument("--end", required=True, help="HH:MM")
    p.add_argument("--venue", required=True)
    p.add_argument("--capacity", type=int, required=True)
    p.add_argument("--batch", type=int)
    p.add_argument("--max-temp", type=float, default=37.3, help="highest temperature admitted (°C)")
    p.add_argument(
        "--no-temperature", action="store_true", help="this venue takes no temperatures (check-ins need none)"
    )

    roster = top.add_parser("roster", help="the registry and invitation lists")
    roster_sub = roster.add_subparsers(dest="action", required=True, parser_class=_Parser)
    roster_commands.add_arguments(
        _command(roster_sub, "import", roster_commands.import_roster, "import a roster file")
    )

    checkin = _command(top, "checkin", checkin_commands.checkin, "admit a person to a session")
    checkin_sub = checkin.add_subparsers(dest="action", parser_class=_Parser)
    undo = _command(checkin_sub, "undo", checkin_commands.undo, "take back an admission")
    checkin_commands.add_arguments(checkin, undo)

    export = top.add_parser("export", help="attendance workbook (xlsx) and printable sheet (pdf)")
    export_sub = export.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = _command(
        export_sub, "attendance", export_commands.export_attendance, "export one session's attendance"
    )
    export_commands.add_arguments(p, event=False)
    p = _command(export_sub, "event", export_commands.export_event, "export an event: a sheet per session")
    export_commands.add_arguments(p, event=True)
    p = _command(export_sub, "signin", paper_commands.export_signin, "the sheet to sign, before the event")
    paper_commands.add_arguments(p, "pdf")
    p = _command(export_sub, "invitations", paper_commands.export_invitations, "a session's invitations")
    paper_commands.add_arguments(p, "pdf")
    p = _command(export_sub, "contacts", paper_commands.export_contacts, "contact tracing (admin)")
    paper_commands.add_arguments(p, "xlsx", lang=False)
    p = _command(export_sub, "receipts", paper_commands.export_receipts, "transport-money receipt sheet")
    paper_commands.add_arguments(p, "pdf")
    p.add_argument("--amount", type=int, help="rupiah per attendee; stored as the session's amount (admin)")
    p = _command(export_sub, "report", report_commands.export_report, "the laporan kegiatan (SPJ)")
    report_commands.add_arguments(p)
    bpjs_commands.add_exports(export_sub, _command)
    bpjs_commands.add_commands(top, _command, _Parser)

    certificates = _command(
        top, "certificates", certificate_commands.certificates, "make the certificates of a session or event"
    )
    verify = _command(top, "verify", certificate_commands.verify, "check a certificate's QR code")
    certificate_commands.add_arguments(certificates, verify)
    verify.set_defaults(reads_only=True)

    p = _command(top, "backup", backup_commands.backup, "copy the database to a file")
    p.add_argument("-o", "--output", required=True, help="the backup file to write")
    p = _command(top, "restore", backup_commands.restore, "replace the database by a backup (admin)")
    p.add_argument("file", help="a backup made by hadir backup (or an automatic one)")
    p.add_argument("--recovery-key", help="opens an encrypted backup made on another computer")

    db = top.add_parser("db", help="the database itself: encrypt, decrypt, copy to a file or a server")
    db_sub = db.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = _command(db_sub, "encrypt", encryption_commands.encrypt, "encrypt the database file in place (admin)")
    p.add_argument(
        "--recovery-sheet", metavar="FILE.pdf", help="also print the recovery key (and its QR code)"
    )
    _command(db_sub, "decrypt", encryption_commands.decrypt, "decrypt the database file in place (admin)")

    merge_commands.add_arguments(
        _command(top, "merge", merge_commands.merge, "bring another Hadir database into this one (admin)")
    )

    privacy = top.add_parser("privacy", help="personal data rules")
    privacy_sub = privacy.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = _command(
        privacy_sub, "purge", privacy_commands.purge, "clear health answers past the retention period"
    )
    p.add_argument("--days", type=int, help="keep this many days (default: the office's setting, 30)")

    audit = top.add_parser("audit", help="the audit log")
    audit_sub = audit.add_subparsers(dest="action", required=True, parser_class=_Parser)
    audit_commands.add_arguments(
        _command(audit_sub, "export", audit_commands.export, "export the audit log to Excel (admin)")
    )
    db_commands.add_arguments(
        _command(
            db_sub, "copy", db_commands.copy, "copy the whole database into an empty one (either engine)"
        )
    )

    network_commands.add_commands(top, _command, _Parser)

    p = _command(top, "demo", demo_commands.demo, "fill the database with a realistic demo registry")
    p.add_argument("--people", type=int, default=300)
    p.add_argument("--seed", type=int, default=2021)
    return parser


def _failure(exc: HadirError) -> Result:
    data = {
        "status": "refused" if exc.exit_code == 3 else "error",
        "reason": exc.reason,
        "message": exc.message,
    }
    return Result(data, [f"hadir: {exc.message}"], exit_code=exc.exit_code)


def _run_without_database(args: argparse.Namespace) -> Result:
    try:
        return args.handler(args)
    except HadirError as exc:
        return _failure(exc)
    except Exception as exc:  # never a traceback on the terminal
        log.debug("unexpected error", exc_info=True)
        message = f"unexpected error: {type(exc).__name__}: {exc}"
        return Result(
            {"status": "error", "reason": "unexpected", "message": message}, [f"hadir: {message}"], 1
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or open the window) and return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    as_json = "--json" in argv
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return emit(
            Result({"status": "error", "reason": "usage", "message": str(exc)}, [str(exc)], 2), as_json
        )
    if args.check:  # no database, no window: what the bundle or the venv carries
        from desktop_app.app import installation_report, report_lines

        report = installation_report()
        return emit(Result(report, report_lines(report)), args.json)
    if args.command is None:
        from desktop_app.app import run_window

        return run_window(db=args.db)
    if getattr(args, "without_database", False):  # host and join open what they need themselves
        return emit(_run_without_database(args), args.json)
    try:
        ctx = CommandContext.open(args)
    except HadirError as exc:
        return emit(_failure(exc), args.json)
    except Exception as exc:  # a lock or a full disk while opening: exit 2, never a traceback
        from desktop_app.storage.database import database_problem_from

        problem = database_problem_from(exc, getattr(args, "db", None) or "database")
        if problem is None:
            raise
        return emit(_failure(problem), args.json)
    quiet = None
    try:
        result = args.handler(ctx, args)
    except HadirError as exc:
        result = _failure(exc)
        # A write that failed (a full disk) leaves half-made objects, e.g. an xlsx writer's
        # generators, which complain on stderr as they are collected: the command said why.
        quiet, sys.unraisablehook = sys.unraisablehook, _ignore_unraisable
    except KeyboardInterrupt:
        result = Result(
            {"status": "error", "reason": "interrupted", "message": "interrupted"}, ["interrupted"], 1
        )
    except Exception as exc:  # the contract: exit 1 and a sentence, never a traceback on the terminal
        from desktop_app.storage.target import problem_from_any

        problem = problem_from_any(exc, ctx.services.db.label)
        if problem is not None:  # a full disk or a lock while working: bad conditions, exit 2
            result = _failure(problem)
        else:
            log.debug("unexpected error", exc_info=True)
            message = f"unexpected error: {type(exc).__name__}: {exc}"
            result = Result(
                {"status": "error", "reason": "unexpected", "message": message}, [f"hadir: {message}"], 1
            )
    finally:
        ctx.close()
        if quiet is not None:
            gc.collect()
            sys.unraisablehook = quiet
    return emit(result, args.json)


def _ignore_unraisable(unraisable: object) -> None:
    log.debug("ignored after a failed command: %s", getattr(unraisable, "exc_value", None))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

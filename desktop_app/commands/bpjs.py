"""`hadir bpjs import|report|interest` and `hadir export followup|registration`: the BPJS follow-up."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidField

if TYPE_CHECKING:
    from desktop_app.core.bpjs_conversion import ConversionReport, Figures

AddCommand = Callable[..., argparse.ArgumentParser]


def import_members(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Import the branch's membership list, matched by NIK."""
    from desktop_app.exports.roster.rejects import write_rejects
    from desktop_app.services.bpjs.labels import member_reason_text

    summary = ctx.services.bpjs_members.run(Path(args.file), ctx.operator.id)
    rejects_path = None
    if args.rejects and summary.rejected_rows:
        rows = [
            (r.number, r.cells, [member_reason_text(c) for c in r.reasons]) for r in summary.rejected_rows
        ]
        rejects_path = str(write_rejects(Path(args.rejects), summary.headers, rows))
    data = {
        "rows": summary.rows,
        "matched": summary.matched,
        "unmatched": summary.unmatched,
        "rejected": summary.rejected,
        "updated": summary.updated,
        "added": summary.added,
        "unchanged": summary.unchanged,
        "skipped": summary.skipped,
        "sheet": summary.sheet,
        "rejects": rejects_path,
        "rejected_rows": [{"row": r.number, "reasons": list(r.reasons)} for r in summary.rejected_rows],
        "unmatched_rows": [{"row": u.number, "nik": u.nik_masked} for u in summary.unmatched_rows],
    }
    lines = [
        f"{summary.rows} rows on sheet '{summary.sheet}': {summary.matched} matched, "
        f"{summary.unmatched} unmatched (not in the registry, not added), {summary.rejected} rejected; "
        f"{summary.updated} memberships updated ({summary.added} new), {summary.unchanged} unchanged"
    ]
    lines += [
        f"  row {r.number}: " + "; ".join(member_reason_text(c, "en") for c in r.reasons)
        for r in summary.rejected_rows
    ]
    lines += [
        f"  row {u.number}: NIK {u.nik_masked} is nobody in the registry" for u in summary.unmatched_rows
    ]
    if rejects_path:
        lines.append(f"Rejected rows written to {rejects_path}")
    return Result(data, lines)


def _figures(figures: Figures) -> dict[str, Any]:
    return {**asdict(figures), "rate": round(figures.rate, 4)}


def report_json(report: ConversionReport) -> dict[str, Any]:
    """The report as `hadir bpjs report --json` answers it."""
    sessions = []
    for item in report.sessions:
        sessions.append(
            {
                "session_id": item.session_id,
                "batch": item.batch,
                "date": item.date.isoformat(),
                "attended": item.everyone.attended,
                "members_before": item.everyone.members_before,
                "registered_after": item.everyone.registered_after,
                f"registered_within_{report.short_days}": item.everyone.within_short,
                f"registered_within_{report.long_days}": item.everyone.within_long,
                "not_registered": item.everyone.not_registered,
                "interested": item.interested.attended,
                "walk_ins": _figures(item.walk_ins),
                "interested_figures": _figures(item.interested),
            }
        )
    totals = report.totals
    return {
        "event_id": report.event_id,
        "windows_days": [report.short_days, report.long_days],
        "sessions": sessions,
        "totals": {
            **_figures(totals),
            "interested": report.totals_interested.attended,
            "walk_ins": _figures(report.totals_walk_ins),
            "interested_figures": _figures(report.totals_interested),
        },
    }


def report(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Conversion per session (and in total, each person once)."""
    done = ctx.services.conversion.report(session_id=args.session, event_id=args.event)
    data = report_json(done)
    lines = [
        f"Session {s['session_id']} (batch {s['batch']}, {s['date']}): {s['attended']} attended, "
        f"{s['members_before']} members before, {s['registered_after']} registered after, "
        f"{s['not_registered']} not registered, {s['interested']} interested"
        for s in data["sessions"]
    ]
    t = data["totals"]
    lines.append(
        f"Total (each person once): {t['attended']} attended, {t['members_before']} members before, "
        f"{t['registered_after']} registered after, {t['not_registered']} not registered"
    )
    return Result(data, lines)


def interest(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Record (or with --no take back) "tertarik mendaftar BPU" for a person at a session."""
    from desktop_app.services.bpjs.interest import set_interest

    person_id = ctx.services.checkin.find(args.session, nik=args.nik, code=args.code, phone=args.phone)
    state = set_interest(ctx.services.db, person_id, not args.no, ctx.operator.id, args.session)
    data = {"person_id": person_id, "interested": state.interested}
    return Result(data, ["Interest recorded" if state.interested else "Interest taken back"])


def export_followup(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """The follow-up list of an event (admin)."""
    done = ctx.services.followup.export_followup(args.event, Path(args.output), ctx.operator.id)
    data = {
        "path": str(done.path.resolve()),
        "rows": done.rows,
        "full_phones": done.with_consent,
        "masked_phones": done.withheld,
    }
    line = (
        f"Wrote {done.path} ({done.rows} people to follow up, {done.withheld} without consent: phones masked)"
    )
    return Result(data, [line])


def export_registration(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """The BPU registration sheet of an event (admin)."""
    done = ctx.services.followup.export_registration(args.event, Path(args.output), ctx.operator.id)
    data = {"path": str(done.path.resolve()), "rows": done.rows}
    return Result(data, [f"Wrote {done.path} ({done.rows} people who consented and are interested)"])


def settings(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Show the follow-up's settings; change the windows, the WhatsApp message or the headers (admin)."""
    from desktop_app.services.bpjs.bpjs_settings import (
        followup_settings,
        set_registration_headers,
        set_wa_template,
        set_windows,
    )

    store = ctx.services.settings
    if args.windows:
        parts = args.windows.split(",")
        if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
            raise InvalidField("windows", "format", "SHORT,LONG e.g. 30,90")
        set_windows(store, int(parts[0]), int(parts[1]), ctx.operator.id)
    if args.wa_template:
        set_wa_template(store, args.wa_template, ctx.operator.id)
    if args.header:
        headers = {}
        for item in args.header:
            code, sep, text = item.partition("=")
            if not sep:
                raise InvalidField("header", "format", "FIELD=TEXT e.g. nik=NIK KTP")
            headers[code.strip()] = text
        current = dict(followup_settings(store).registration_headers)
        set_registration_headers(store, {**current, **headers}, ctx.operator.id)
    now = followup_settings(store)
    data = {
        "windows_days": [now.short_days, now.long_days],
        "wa_template": now.wa_template,
        "registration_headers": dict(now.registration_headers),
    }
    lines = [
        f"Conversion windows: {now.short_days} and {now.long_days} days",
        f"WhatsApp message: {now.wa_template}",
        "Registration sheet columns: " + ", ".join(f"{c}={h}" for c, h in now.registration_headers),
    ]
    return Result(data, lines)


def add_commands(top: argparse._SubParsersAction, command: AddCommand, parser_class: type) -> None:
    """`hadir bpjs …` (command: cli's `_command`, which adds --db, --json and --operator)."""
    bpjs = top.add_parser("bpjs", help="BPJS Ketenagakerjaan follow-up")
    sub = bpjs.add_subparsers(dest="action", required=True, parser_class=parser_class)
    p = command(sub, "import", import_members, "import the branch's membership list (admin)")
    p.add_argument("file", help="xlsx, xls, ods or csv")
    p.add_argument("--rejects", help="write the rejected rows with their reasons to this xlsx")
    p = command(sub, "report", report, "conversion per session and in total")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=int)
    which.add_argument("--event", type=int)
    p.set_defaults(reads_only=True)
    p = command(sub, "interest", interest, 'record "tertarik mendaftar BPU" for a person')
    p.add_argument("--session", type=int, required=True)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--nik")
    who.add_argument("--code")
    who.add_argument("--phone")
    p.add_argument("--no", action="store_true", help="take the interest back")
    p = command(sub, "settings", settings, "show or change the follow-up's settings (changes: admin)")
    p.add_argument("--windows", help="the two conversion windows in days, e.g. 30,90")
    p.add_argument(
        "--wa-template", help="the WhatsApp message; {nama} {lembaga} {kegiatan} {tanggal} are filled in"
    )
    p.add_argument(
        "--header",
        action="append",
        metavar="FIELD=TEXT",
        help="a registration sheet header, e.g. nik='NIK KTP'",
    )


def add_exports(export_sub: argparse._SubParsersAction, command: AddCommand) -> None:
    """`hadir export followup` and `hadir export registration`."""
    for name, handler, help_ in (
        ("followup", export_followup, "the BPJS follow-up list of an event (admin)"),
        ("registration", export_registration, "the BPU registration sheet of an event (admin)"),
    ):
        p = command(export_sub, name, handler, help_)
        p.add_argument("--event", type=int, required=True)
        p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx")

"""`hadir export report`: the laporan kegiatan of a batch or an event, with photos and notulen."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.core.errors import InvalidField, InvalidInput


def _notes(args: argparse.Namespace) -> str:
    if args.notes_file is None:
        return args.notes or ""
    try:
        return Path(args.notes_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidField("notes_file", "unreadable", f"{args.notes_file}: {exc}") from exc


def export_report(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Write the laporan kegiatan; photos are checked before anything is written."""
    # The report's writers and words load when a report is written, not for every command.
    from desktop_app.exports.attendance.labels import labels_for
    from desktop_app.exports.report.data import ReportPhoto

    if (args.session is None) == (args.event is None):
        raise InvalidInput("give exactly one of --session N or --event N")
    captions = args.caption or []
    if len(captions) > len(args.photo or []):
        raise InvalidInput("more --caption than --photo: each caption belongs to the photo before it")
    photos = [
        ReportPhoto(Path(p), captions[i] if i < len(captions) else "") for i, p in enumerate(args.photo or [])
    ]
    service = ctx.services.activity_reports
    report = service.build(session_id=args.session, event_id=args.event, notes=_notes(args), photos=photos)
    done = service.write(report, Path(args.output), operator_id=ctx.operator.id, words=labels_for(args.lang))
    data = {
        "path": str(done.path.resolve()),
        "attended": done.attended,
        "photos": done.photos,
        "certificates": done.certificates,
    }
    return Result(data, [f"Wrote {done.path} ({done.attended} attendees, {done.photos} photo(s))"])


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of `export report`."""
    parser.add_argument("--session", type=int)
    parser.add_argument("--event", type=int)
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf")
    parser.add_argument("--photo", action="append", metavar="IMG", help="a photo (JPEG, PNG); repeat")
    parser.add_argument("--caption", action="append", metavar="TEXT", help="the caption of the nth photo")
    parser.add_argument("--notes", help="the notulen (blank lines separate paragraphs)")
    parser.add_argument("--notes-file", metavar="FILE", help="the notulen from a UTF-8 text file")
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="language of the tables")

"""The "Peserta" section: the numbers of the report as tables, with bar charts beside them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.exports.attendance.data import AttendanceSummary
from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.attendance.sheet_parts import Styles, escape
from desktop_app.exports.fonts import FontNames
from desktop_app.exports.report._conversion import conversion_section
from desktop_app.exports.report.data import ActivityReport, ReportLabels

ACCENT = colors.HexColor("#0F766E")
GRID = [
    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
]


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate * 100:.1f} %".replace(".", ",")


def _chart(counts: Sequence[tuple[str, int]], f: FontNames, width: float) -> Drawing:
    """A horizontal bar chart of `counts` (label, n), largest values as given."""
    bar = 5.5 * mm
    height = bar * len(counts) + 8 * mm
    drawing = Drawing(width, height, initialFontName=f.sans, initialFontSize=8)  # not Helvetica
    chart = HorizontalBarChart()
    chart.x, chart.y = 32 * mm, 4 * mm
    chart.width, chart.height = width - 40 * mm, bar * len(counts)
    chart.data = [[n for _, n in reversed(counts)]]
    chart.categoryAxis.categoryNames = [label[:22] for label, _ in reversed(counts)]
    chart.categoryAxis.labels.fontName = f.sans
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = f.sans
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = f.sans
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _breakdown(
    title: str, counts: Sequence[tuple[str, int]], styles: Styles, f: FontNames, width: float
) -> list[Flowable]:
    if not counts:
        return []
    table = Table(
        [[Paragraph(escape(label), styles.info), str(n)] for label, n in counts],
        colWidths=[45 * mm, 15 * mm],
        style=TableStyle([*GRID, ("FONT", (0, 0), (-1, -1), f.sans, 9.5)]),
    )
    side = Table(
        [[table, _chart(counts, f, width - 64 * mm)]],
        colWidths=[62 * mm, width - 62 * mm],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), f.sans, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    heading = Paragraph(f"<b>{escape(title)}</b>", styles.info)
    return [KeepTogether([heading, Spacer(1, 1.5 * mm), side]), Spacer(1, 3 * mm)]


def numbers_section(
    report: ActivityReport,
    labels: ReportLabels,
    words: AttendanceLabels,
    styles: Styles,
    f: FontNames,
    width: float,
) -> list[Flowable]:
    """The headline numbers (with the issue-19 figures after them), each breakdown, the BPJS conversion."""
    t: AttendanceSummary = report.attendance.totals
    people = labels.people
    lines = [
        (labels.invited, f"{t.invited} {people}"),
        (labels.attended, f"{t.admitted} {people}"),
        (labels.rate, _percent(report.attendance_rate)),
        (labels.walk_ins, f"{t.walk_ins} {people}"),
        (labels.refused, f"{t.refused} {people}"),
        (labels.no_shows, f"{t.no_shows} {people}"),
    ]
    lines += [(fig.label, fig.value) for fig in report.figures]
    table = Table(
        [[Paragraph(escape(k), styles.info), v] for k, v in lines],
        colWidths=[80 * mm, 35 * mm],
        style=TableStyle([*GRID, ("FONT", (0, 0), (-1, -1), f.sans, 9.5)]),
        hAlign="LEFT",
    )
    story: list[Flowable] = [table, Spacer(1, 4 * mm)]
    kinds = [(words.kind(k), n) for k, n in t.by_kind]
    sexes = [(words.sex_name(k), n) for k, n in t.by_sex]
    places = [(k or words.unknown, n) for k, n in t.by_kecamatan]
    story += _breakdown(labels.by_kind, kinds, styles, f, width)
    story += _breakdown(labels.by_sex, sexes, styles, f, width)
    story += _breakdown(labels.by_kecamatan, places, styles, f, width)
    story += conversion_section(report.conversion, labels, styles, f, width)
    return story

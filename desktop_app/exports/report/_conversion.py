"""The BPJS follow-up in the laporan kegiatan: each batch's conversion, the total, and a chart over time.

Per batch three lines — everyone who attended, the walk-ins, and those who said they were
interested — with members before the session, registered after it (within the two windows) and
not registered yet; the event's total counts each person once. A stacked bar per batch, in date
order, shows how membership moved from one batch to the next.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.core.bpjs_conversion import ConversionReport, Figures
from desktop_app.exports.attendance.sheet_parts import Styles, escape
from desktop_app.exports.fonts import FontNames
from desktop_app.exports.report.data import ReportLabels

# Members before, registered after, not registered: the window's chart uses the same colours.
BAR_COLOURS = (colors.HexColor("#7d8f8c"), colors.HexColor("#0F766E"), colors.HexColor("#e0a526"))


def _percent(value: float) -> str:
    return f"{round(value * 100)} %"


def _cells(figures: Figures) -> list[str]:
    return [
        str(figures.attended),
        str(figures.members_before),
        str(figures.registered_after),
        str(figures.within_short),
        str(figures.within_long),
        str(figures.not_registered),
        _percent(figures.rate) if figures.attended else "-",
    ]


def _table(
    report: ConversionReport, labels: ReportLabels, styles: Styles, f: FontNames, width: float
) -> Table:
    head = [
        labels.conv_batch,
        labels.conv_group,
        labels.conv_attended,
        labels.conv_members_before,
        labels.conv_registered_after,
        labels.conv_within.format(days=report.short_days),
        labels.conv_within.format(days=report.long_days),
        labels.conv_not_registered,
        labels.conv_rate,
    ]
    rows: list[list[object]] = [[Paragraph(f"<b>{escape(h)}</b>", styles.body_center) for h in head]]
    blocks: list[tuple[str, Figures, Figures, Figures]] = [
        (f"{s.batch}\n{s.date:%d/%m/%Y}", s.everyone, s.walk_ins, s.interested) for s in report.sessions
    ]
    if len(report.sessions) > 1:
        blocks.append((labels.conv_total, report.totals, report.totals_walk_ins, report.totals_interested))
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), f.condensed, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9e8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (2, 0), (-1, -1), 3),
        ("RIGHTPADDING", (2, 0), (-1, -1), 3),
    ]
    groups = (labels.conv_everyone, labels.conv_walk_ins, labels.conv_interested)
    for name, *figures in blocks:
        first = len(rows)
        for group, numbers in zip(groups, figures, strict=True):
            rows.append(["", Paragraph(escape(group), styles.body), *_cells(numbers)])
        rows[first][0] = Paragraph(escape(name).replace("\n", "<br/>"), styles.body_center)
        style.append(("SPAN", (0, first), (0, first + 2)))
        style.append(("FONT", (2, first), (-1, first), f.condensed_bold, 8.5))
        if name == labels.conv_total:
            style.append(("BACKGROUND", (0, first), (-1, first + 2), colors.HexColor("#f3f5f5")))
    fixed = [20 * mm, 0.0, *[16.5 * mm] * 7]
    fixed[1] = width - sum(fixed)
    return Table(rows, colWidths=fixed, repeatRows=1, style=TableStyle(style))


def _chart(report: ConversionReport, labels: ReportLabels, f: FontNames, width: float) -> Drawing:
    """Stacked bars, one per batch in date order: members before, registered after, not registered."""
    sessions = report.sessions
    height = 62 * mm
    drawing = Drawing(width, height, initialFontName=f.sans, initialFontSize=8)  # not Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 16 * mm
    chart.width, chart.height = width - 20 * mm, height - 26 * mm
    chart.data = [
        [s.everyone.members_before for s in sessions],
        [s.everyone.registered_after for s in sessions],
        [s.everyone.not_registered for s in sessions],
    ]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [f"{s.batch} · {s.date:%d/%m}" for s in sessions]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = f.sans
        axis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([s.everyone.attended for s in sessions] + [1])
    for i, colour in enumerate(BAR_COLOURS):
        chart.bars[i].fillColor = colour
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = f.sans, 8
    legend.x, legend.y = 14 * mm, 4 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 48 * mm
    legend.colorNamePairs = list(
        zip(
            BAR_COLOURS,
            (labels.conv_members_before, labels.conv_registered_after, labels.conv_not_registered),
            strict=True,
        )
    )
    drawing.add(legend)
    return drawing


def conversion_section(
    report: ConversionReport | None, labels: ReportLabels, styles: Styles, f: FontNames, width: float
) -> list[Flowable]:
    """The sub-section, or nothing when the office does not use the follow-up (`report` None)."""
    if report is None:
        return []
    heading = Paragraph(f"<b>{escape(labels.conversion)}</b>", styles.info)
    note = Paragraph(
        escape(labels.conversion_note.format(short=report.short_days, long=report.long_days)), styles.note
    )
    story: list[Flowable] = [
        KeepTogether(
            [
                heading,
                Spacer(1, 1.5 * mm),
                note,
                Spacer(1, 1.5 * mm),
                _table(report, labels, styles, f, width),
            ]
        ),
        Spacer(1, 3 * mm),
    ]
    if report.sessions:
        title = Paragraph(f"<b>{escape(labels.conversion_chart)}</b>", styles.info)
        story += [KeepTogether([title, _chart(report, labels, f, width)]), Spacer(1, 3 * mm)]
    return story

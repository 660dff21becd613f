"""The conversion over time: per batch (in date order), members before, registered after, not yet."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.core.bpjs_conversion import ConversionReport
from desktop_app.ui.reports.report_charts import MAX_BATCHES, batch_window
from desktop_app.ui.style import ACCENT

COLOURS = ("#7d8f8c", ACCENT, "#e0a526")


def conversion_chart(report: ConversionReport | None, selected: int | None) -> QChart:
    """Stacked bars, one per batch labelled with its date; the window around `selected` when many."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    title_font = QFont()
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    sessions = list(report.sessions) if report else []
    batches = [s.batch for s in sessions]
    start, end = batch_window(batches, selected)
    shown = sessions[start:end]
    title = QCoreApplication.translate("ConversionChart", "BPJS membership of the attendees, per batch")
    if len(shown) < len(sessions):
        title += f" ({len(shown)}/{len(sessions)}, ≤ {MAX_BATCHES})"
    chart.setTitle(title)
    sets = [
        QBarSet(QCoreApplication.translate("ConversionChart", "Members before")),
        QBarSet(QCoreApplication.translate("ConversionChart", "Registered after")),
        QBarSet(QCoreApplication.translate("ConversionChart", "Not registered")),
    ]
    for bar_set, colour in zip(sets, COLOURS, strict=True):
        bar_set.setColor(QColor(colour))
    for s in shown:
        sets[0].append(s.everyone.members_before)
        sets[1].append(s.everyone.registered_after)
        sets[2].append(s.everyone.not_registered)
    series = QStackedBarSeries()
    series.append(sets)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([f"{s.batch} · {s.date:%d/%m}" for s in shown])
    axis_y = QValueAxis()
    axis_y.setRange(0, max([s.everyone.attended for s in shown] + [1]))
    axis_y.setLabelFormat("%d")
    axis_y.applyNiceNumbers()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return chart

"""The summary as charts (QtCharts): admitted per batch against capacity, by type, sex and kecamatan."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop_app.exports.attendance.data import AttendanceSummary, EventReport
from desktop_app.ui.style import ACCENT

MAX_BATCHES = 24  # more bars than this cannot be read: show the window around the chosen batch
CAPACITY_COLOUR = "#c9d4d2"
PIE_COLOURS = (ACCENT, "#e0a526", "#7d8f8c", "#b55d4c")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def batch_window(batches: list[int], selected: int | None) -> tuple[int, int]:
    """Start and end (exclusive) of the batches shown: all, or MAX_BATCHES around `selected`."""
    if len(batches) <= MAX_BATCHES:
        return 0, len(batches)
    index = batches.index(selected) if selected in batches else 0
    start = max(0, min(index - MAX_BATCHES // 2, len(batches) - MAX_BATCHES))
    return start, start + MAX_BATCHES


class ReportCharts(QWidget):
    """Four charts in a grid; `set_report()` redraws them for an event and the chosen session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        # Bars need width (many batches, long kecamatan names): they take the wide column.
        for index, key in enumerate(("batches", "kind", "kecamatan", "sex")):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(170)  # two rows fit a 1280×720 screen
            self.views[key] = view
            grid.addWidget(view, index // 2, index % 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def set_report(
        self, report: EventReport | None, summary: AttendanceSummary | None, batch: int | None
    ) -> None:
        """Charts for `report`'s batches and for `summary` (the event's or the chosen session's)."""
        self._replace("batches", self._batches_chart(report, batch))
        kinds = {"umkm": self.tr("UMKM"), "koperasi": self.tr("Cooperative"), "lainnya": self.tr("Other")}
        sexes = {"L": self.tr("Male"), "P": self.tr("Female")}
        self._replace("kind", self._pie(self.tr("By type"), summary.by_kind if summary else (), kinds))
        self._replace("sex", self._pie(self.tr("By sex"), summary.by_sex if summary else (), sexes))
        self._replace("kecamatan", self._kecamatan_chart(summary))

    def _replace(self, key: str, chart: QChart) -> None:
        view = self.views[key]
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _batches_chart(self, report: EventReport | None, selected: int | None) -> QChart:
        sessions = list(report.sessions) if report else []
        batches = [s.header.batch for s in sessions]
        start, end = batch_window(batches, selected)
        title = self.tr("Admitted per batch")
        if end - start < len(batches):
            title = self.tr("Admitted per batch ({first}–{last} of {count})").format(
                first=batches[start], last=batches[end - 1], count=len(batches)
            )
        chart = _chart(title)
        capacity, admitted = QBarSet(self.tr("Capacity")), QBarSet(self.tr("Admitted"))
        capacity.setColor(QColor(CAPACITY_COLOUR))
        admitted.setColor(QColor(ACCENT))
        shown = sessions[start:end]
        for s in shown:
            capacity.append(s.summary.capacity)
            admitted.append(s.summary.admitted)
        series = QBarSeries()
        series.append([capacity, admitted])
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([str(s.header.batch) for s in shown])
        axis_y = QValueAxis()
        axis_y.setRange(
            0, max([s.summary.capacity for s in shown] + [s.summary.admitted for s in shown] + [1])
        )
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        return chart

    def _pie(self, title: str, counts: tuple[tuple[str | None, int], ...], names: dict[str, str]) -> QChart:
        chart = _chart(title)
        series = QPieSeries()
        for index, (key, count) in enumerate(counts):
            name = names.get(key or "", self.tr("Unknown"))
            part = series.append(f"{name}: {count}", count)
            part.setColor(QColor(PIE_COLOURS[index % len(PIE_COLOURS)]))
        series.setPieSize(0.75)
        chart.addSeries(series)
        return chart

    def _kecamatan_chart(self, summary: AttendanceSummary | None) -> QChart:
        chart = _chart(self.tr("By kecamatan"))
        chart.legend().hide()
        counts = list(reversed(summary.by_kecamatan)) if summary else []  # largest on top
        bars = QBarSet(self.tr("Admitted"))
        bars.setColor(QColor(ACCENT))
        for _, count in counts:
            bars.append(count)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([name or self.tr("Unknown") for name, _ in counts])
        small = QFont()
        small.setPointSizeF(7.5)
        axis_y.setLabelsFont(small)
        axis_y.setTruncateLabels(False)  # Qt reserves too little width for the names otherwise
        axis_x = QValueAxis()
        axis_x.setRange(0, max([c for _, c in counts] + [1]))
        axis_x.setLabelFormat("%d")
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        return chart

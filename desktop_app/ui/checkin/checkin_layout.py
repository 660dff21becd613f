"""The desk's widgets and where they sit; `CheckinPage` adds the behaviour.

Left: the search box, its results and the recent check-ins. Right: seats, the person, the screening.
Across the top, the banner says what just happened and the gauge how full the room is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.container import Services
from desktop_app.ui.checkin.capacity_gauge import CapacityGauge
from desktop_app.ui.checkin.checkin_style import DESK_STYLE
from desktop_app.ui.checkin.person_card_view import PersonCardView
from desktop_app.ui.checkin.recent_model import RecentColumn, RecentModel
from desktop_app.ui.checkin.screening_panel import ScreeningPanel
from desktop_app.ui.checkin.search_result_model import SearchColumn, SearchResultModel
from desktop_app.ui.checkin.session_chooser import SessionChooser
from desktop_app.ui.checkin.status_banner import StatusBanner
from desktop_app.ui.plain_cell_delegate import PlainCellDelegate

RIGHT_COLUMN_WIDTH = (412, 520)  # the screening questions need 400; wider screens give the rest to the lists
NARROW_LIST = 700
MIN_ORGANIZATION = 110  # below this width the lists drop their least needed column (the card shows it)


def _table(model: SearchResultModel | RecentModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setTabKeyNavigation(False)
    return view


class CheckinLayout(QWidget):
    """Builds and places every widget of the desk."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DESK_STYLE)
        title = QLabel(self.tr("Check-in Desk"))
        title.setObjectName("pageTitle")
        self.chooser = SessionChooser(services.events)
        self.door_button = QPushButton(self.tr("Door display"))
        self.door_button.setToolTip(
            self.tr("Open a window for the projector at the door: seats left, or FULL")
        )
        self.camera_button = QPushButton(self.tr("Camera  (F2)"))
        self.camera_button.setToolTip(self.tr("Scan invitations with the laptop's webcam"))
        self.walk_in_button = QPushButton(self.tr("Walk-in  (Ctrl+N)"))
        self.walk_in_button.setObjectName("primary")
        self.banner = StatusBanner()
        self.date_warning = QLabel()  # "this batch is on …, not today" (hidden when it is today)
        self.date_warning.setObjectName("dateWarning")
        # A notice that catches the eye before the first scan: a check-in today for last year's batch.
        self.date_warning.setStyleSheet(
            "color: #8a1f11; background: #fdecea; border: 1px solid #f5c2bb; border-radius: 4px;"
            " padding: 6px 10px; font-weight: bold;"
        )
        self.date_warning.setWordWrap(True)
        self.date_warning.hide()

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchBox")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Scan an invitation or type a name, NIK, phone…"))
        self.search_edit.setAccessibleName(self.tr("Search participant"))
        self.result_model = SearchResultModel(self)
        self.results_view = _table(self.result_model)
        self.results_view.setItemDelegate(PlainCellDelegate(self.results_view, self.result_model))
        self.results_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Always there: a bar that came and went with the number of hits resized the list on
        # those keystrokes, and every column and the header were measured and laid out again.
        self.results_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._fix_result_columns()
        self.empty_results_label = QLabel(
            self.tr("Nobody found. Not on the list? Press Ctrl+N to register a walk-in.")
        )
        self.empty_results_label.setObjectName("muted")
        self.empty_results_label.setWordWrap(True)
        self.empty_results_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The list and the "nobody found" note share one area: switching between them on a
        # keystroke needs no relayout of the page (showing a label above the list cost 10 ms).
        self.results_area = QStackedWidget()
        self.results_area.addWidget(self.results_view)
        self.results_area.addWidget(self.empty_results_label)

        recent_title = QLabel(self.tr("Recent check-ins"))
        recent_title.setObjectName("sectionTitle")
        self.undo_button = QPushButton(self.tr("Undo…  (Ctrl+Z)"))
        self.undo_button.setToolTip(self.tr("Undo the highlighted check-in, or the latest one"))
        self.recent_model = RecentModel(self)
        self.recent_view = _table(self.recent_model)
        recent_header = self.recent_view.horizontalHeader()
        recent_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        recent_header.setSectionResizeMode(RecentColumn.NAME, QHeaderView.ResizeMode.Stretch)
        recent_header.setSectionResizeMode(RecentColumn.ORGANIZATION, QHeaderView.ResizeMode.Stretch)

        self.gauge = CapacityGauge()
        self.card_view = PersonCardView()
        self.screening = ScreeningPanel()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.chooser, 1)
        self.gauge.add_corner_widget(self.door_button)
        self.gauge.setMinimumWidth(RIGHT_COLUMN_WIDTH[0])
        self.gauge.setMaximumWidth(RIGHT_COLUMN_WIDTH[1])
        status_row = QHBoxLayout()
        status_row.setSpacing(16)
        status_row.addWidget(self.banner, 3)
        status_row.addWidget(self.gauge, 2)
        self.walk_in_button.setMinimumHeight(self.search_edit.sizeHint().height())
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.camera_button)
        search_row.addWidget(self.walk_in_button)

        recent_heading = QHBoxLayout()
        recent_heading.addWidget(recent_title)
        recent_heading.addStretch(1)
        recent_heading.addWidget(self.undo_button)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(search_row)
        left.addWidget(self.results_area, 3)
        left.addSpacing(6)
        left.addLayout(recent_heading)
        left.addWidget(self.recent_view, 2)

        right_box = QWidget()
        right_box.setMinimumWidth(RIGHT_COLUMN_WIDTH[0])
        right_box.setMaximumWidth(RIGHT_COLUMN_WIDTH[1])
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(10)
        # On a short screen the card scrolls (two notices and a refusal) rather than squashing the
        # screening questions under it.
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidget(self.card_view)
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setStyleSheet("QScrollArea { background: transparent; }")
        self.card_scroll.viewport().setAutoFillBackground(False)
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right.addWidget(self.card_scroll, 1)
        right.addWidget(self.screening)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addWidget(right_box, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.date_warning)
        layout.addLayout(status_row)
        layout.addLayout(columns, 1)

        self.setTabOrder(self.search_edit, self.screening.temperature_edit)
        self.screening.chain_tab_order()
        self.results_view.viewport().installEventFilter(self)  # the name column follows the list's width

    def show_no_results(self, empty: bool) -> None:
        """Show the "nobody found" note in place of the list, or the list again."""
        self.results_area.setCurrentWidget(self.empty_results_label if empty else self.results_view)

    def _fix_result_columns(self) -> None:
        """Fixed widths for the columns whose texts have a known shape.

        ResizeToContents would measure every cell on every keystroke (about 1,600 calls into
        the model); masked NIKs and phones always look alike, so their width is measured once.
        """
        header = self.results_view.horizontalHeader()
        metrics = self.results_view.fontMetrics()
        bold = QFont(self.results_view.font())
        bold.setBold(True)
        samples = {
            SearchColumn.NIK: (metrics, "3311********0001"),
            SearchColumn.PHONE: (metrics, "0812-****-78901"),
            SearchColumn.STATUS: (QFontMetrics(bold), max(self.result_model.status_texts(), key=len)),
        }
        padding = 24
        for column, (font_metrics, text) in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, font_metrics.horizontalAdvance(text) + padding)
        header.setSectionResizeMode(SearchColumn.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SearchColumn.ORGANIZATION, QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_list_columns()  # the list's own size, after the layout gave it one
        return super().eventFilter(watched, event)

    def _fit_list_columns(self) -> None:
        """Names first: the name column takes what the fixed columns leave, less the organisation's share.

        The card shows the organisation in full; a narrow list also drops the phone (the card has it).
        """
        narrow = self.results_view.width() < NARROW_LIST
        self.results_view.setColumnHidden(SearchColumn.PHONE, narrow)
        self.recent_view.setColumnHidden(RecentColumn.OPERATOR, narrow)
        header = self.results_view.horizontalHeader()
        fixed = sum(
            header.sectionSize(c)
            for c in (SearchColumn.NIK, SearchColumn.PHONE, SearchColumn.STATUS)
            if not self.results_view.isColumnHidden(c)
        )
        free = self.results_view.viewport().width() - fixed
        organization = max(MIN_ORGANIZATION, int(free * 0.35))
        header.resizeSection(SearchColumn.NAME, max(free - organization, MIN_ORGANIZATION))

    def set_desk_enabled(self, enabled: bool) -> None:
        """Grey out the desk while there is no session to check in to."""
        for widget in (
            self.search_edit,
            self.results_view,
            self.recent_view,
            self.screening,
            self.walk_in_button,
            self.camera_button,
            self.undo_button,
            self.door_button,
        ):
            widget.setEnabled(enabled)

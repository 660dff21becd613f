"""The main window: navigation on the left, one page at a time, the open database in the status bar.

Pages are built when first shown, not all before the first paint: on a registry of a million
people building every page with its data took 40 s. Until then a page is a "Loading…" placeholder.
A page reads its data on the window's worker pool (`pool`), so even the page on show paints
before its lists are read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from PySide6.QtCore import QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.icons import app_icon, icon
from desktop_app.ui.network import close_guard
from desktop_app.ui.network.network_status_label import NetworkStatusLabel
from desktop_app.ui.page_keys import install_page_keys
from desktop_app.ui.page_registry import PageContext, PageEntry, default_pages
from desktop_app.ui.screen_fit import first_size, free_area
from desktop_app.ui.worker import WorkerPool

DEFAULT_SIZE = QSize(1200, 760)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _Pages(Mapping[str, QWidget]):
    """The window's pages by key; looking one up builds it if it has not been shown yet."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return (entry.key for entry in self._window._entries)

    def __len__(self) -> int:
        return len(self._window._entries)


class MainWindow(QMainWindow):
    """Hadir's window. `language_changed` asks the owner to rebuild it in another language."""

    language_changed = Signal(str)
    sign_in_requested = Signal()  # the data changed under the window (a restore): sign in again

    def __init__(
        self,
        services: Services,
        paths: AppPaths,
        settings: AppSettings,
        operator_id: int | None,
        pages: Sequence[PageEntry] | None = None,
        parent: QWidget | None = None,
        pool: WorkerPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._paths = paths
        self._settings = settings
        self._entries = list(pages) if pages is not None else default_pages()
        self._context = PageContext(
            services,
            paths,
            settings,
            operator_id,
            self.language_changed.emit,
            self.sign_in_requested.emit,
            pool=pool or WorkerPool(),
        )
        self._built: dict[str, QWidget] = {}
        self._build_ui()
        self._connect_signals()
        self._restore_state()

    def _build_ui(self) -> None:
        self.setWindowTitle("Hadir")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(900, 560)

        brand_icon = QLabel()
        brand_icon.setPixmap(app_icon().pixmap(28, 28))
        brand = QLabel("Hadir")
        brand.setObjectName("brand")
        brand_row = QHBoxLayout()
        brand_row.setContentsMargins(10, 4, 0, 12)
        brand_row.addWidget(brand_icon)
        brand_row.addWidget(brand)
        brand_row.addStretch(1)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for entry in self._entries:
            item = QListWidgetItem(icon(f"nav/{entry.icon}"), entry.title)
            item.setData(KEY_ROLE, entry.key)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
            self.stack.addWidget(self._placeholder())

        panel = QWidget()
        panel.setObjectName("navigationPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        panel.setFixedWidth(230)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(10, 16, 10, 10)
        panel_layout.addLayout(brand_row)
        panel_layout.addWidget(self.navigation, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(panel)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self._database_text())
        self.db_label.setToolTip(self._paths.db_label)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.network_label = NetworkStatusLabel(self._paths, parent=self)  # own file or whose server
        self.statusBar().addPermanentWidget(self.network_label)
        self.statusBar().setSizeGripEnabled(True)

    def _placeholder(self) -> QWidget:
        label = QLabel(self.tr("Loading…"))
        label.setObjectName("pagePlaceholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    @property
    def pages(self) -> Mapping[str, QWidget]:
        """The pages by key; looking one up builds it.

        A fresh view each time: a view kept on the window would make a reference cycle, and the
        window would then be deleted whenever the cycle collector runs, not when it is let go.
        """
        return _Pages(self)

    def built_pages(self) -> list[str]:
        """The keys of the pages built so far (a page is built when first shown)."""
        return [entry.key for entry in self._entries if entry.key in self._built]

    def page(self, key: str) -> QWidget:
        """The page registered under `key`, built now if it has not been yet."""
        page = self._built.get(key)
        if page is not None:
            return page
        row = [entry.key for entry in self._entries].index(key)
        page = self._entries[row].build(self._context)
        self._built[key] = page
        placeholder = self.stack.widget(row)
        current = self.stack.currentIndex() == row
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current:
            self.stack.setCurrentIndex(row)
        return page

    def _database_text(self) -> str:
        text = self.tr("Database: {path}").format(path=self._paths.db_label)
        if self._paths.portable:
            text += " " + self.tr("(portable)")
        return text

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation_changed)
        install_page_keys(self, self.navigation, self.navigation.setCurrentRow)

    def _restore_state(self) -> None:
        geometry = self._settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(DEFAULT_SIZE, free_area(self)))  # status bar on screen
        self.show_page(self._settings.current_page or self._entries[0].key)

    # -- navigation --------------------------------------------------------------------------------

    def navigation_titles(self) -> list[str]:
        """The navigation entries as the user reads them."""
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def current_page_key(self) -> str:
        """The key of the page on show."""
        item = self.navigation.currentItem()
        return str(item.data(KEY_ROLE)) if item else self._entries[0].key

    def show_page(self, key: str) -> None:
        """Switch to the page registered under `key` (the first page if unknown)."""
        keys = [entry.key for entry in self._entries]
        row = keys.index(key) if key in keys else 0
        self.page(keys[row])
        self.navigation.setCurrentRow(row)

    def _on_navigation_changed(self, row: int) -> None:
        if row < 0:
            return
        self.page(self._entries[row].key)
        self.stack.setCurrentIndex(row)
        self._settings.current_page = self.current_page_key()

    # -- Qt overrides ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not close_guard.may_close(self, self._paths):  # a host: desks still connected
            event.ignore()
            return
        self._settings.geometry = self.saveGeometry()
        self._settings.sync()
        # A page may still be reading on a pool thread: it ends before the window and the
        # database it reads from are let go (a test's teardown crashed the process without this).
        QThreadPool.globalInstance().waitForDone()
        super().closeEvent(event)

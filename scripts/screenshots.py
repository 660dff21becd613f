"""Take the README's screenshots from the real window, offscreen, in Indonesian.

    .venv/bin/python scripts/screenshots.py        (or ./dev.sh screenshots)

Writes docs/screenshots/{events,empty,session-dialog,settings}.png from a temporary
database filled by `hadir demo`, and renders resources/icons/hadir-256.png from hadir.svg.
Nothing touches the user's data folder or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
LANGUAGE = os.environ.get("SCREENSHOT_LANG", "id")
os.environ.pop("HADIR_LANG", None)  # the language comes from the (temporary) settings, as for a user

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1200, 760)


def render_app_icon(size: int = 256) -> Path:
    svg = ROOT / "resources" / "icons" / "hadir.svg"
    png = svg.with_name(f"hadir-{size}.png")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    image.save(str(png))
    return png


def settle(app: QApplication, widget: QWidget) -> None:
    for _ in range(5):
        app.processEvents()
    widget.repaint()
    app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> Path:
    settle(app, widget)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def open_window(app: QApplication, folder: Path, demo: bool):  # type: ignore[no-untyped-def]
    from desktop_app.paths import AppPaths
    from desktop_app.services.container import Services
    from desktop_app.services.demo import generate_demo
    from desktop_app.ui.app_settings import AppSettings
    from desktop_app.ui.i18n import Translations, choose_language
    from desktop_app.ui.main_window import MainWindow

    paths = AppPaths.resolve(env={"HADIR_DATA_DIR": str(folder)})
    services = Services.open(paths)
    admin = services.operators.local_admin()
    if demo:
        generate_demo(services.db, services.district, people=300, operator_id=admin.id)
    settings = AppSettings.in_file(folder / "settings.ini")
    settings.language = LANGUAGE
    Translations(app).apply(choose_language(settings))
    window = MainWindow(services, paths, settings, admin.id)
    window.resize(*SIZE)
    window.show()
    return window, services


def main() -> int:
    from desktop_app.app import application

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="hadir-qs-")
    )
    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"rendered {render_app_icon().relative_to(ROOT)}")

    with tempfile.TemporaryDirectory(prefix="hadir-shots-") as tmp:
        window, services = open_window(app, Path(tmp) / "empty", demo=False)
        save(app, window, "empty.png")
        window.close()
        services.close()

        window, services = open_window(app, Path(tmp) / "demo", demo=True)
        page = window.pages["events"]
        event = services.events.list_events()[0]
        page.select_event(event.id)
        sessions = services.events.list_sessions(event.id)
        page.refresh(select_session=sessions[1].id)
        save(app, window, "events.png")

        page.edit_session_button.click()
        dialog = page.active_dialog
        assert dialog is not None
        settle(app, dialog)
        save(app, dialog, "session-dialog.png")
        dialog.reject()

        window.show_page("settings")
        save(app, window, "settings.png")
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

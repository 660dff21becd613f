"""settings.png: the settings page of the window over the demo database; settings-documents.png:
*Pengaturan dokumen* opened over it, the whole screen of a 1366×768 laptop (less its panel)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter

from desktop_app.exports.letterhead import Signatory
from desktop_app.services.paper.details import InvitationDetails
from screens.kit import Kit

SCREEN = (1366, 728)  # 1366×768 less a 40-pixel panel


def take(kit: Kit) -> None:
    with kit.sandbox("demo") as box:
        box.demo(people=300)
        admin = box.services.operators.local_admin()
        window = box.main_window(admin.id)
        window.show_page("settings")
        kit.save(window, "settings.png")

        services = box.services
        services.paper.set_invitation_details(
            InvitationDetails(
                "Jl. Jenderal Sudirman No. 199, Sukoharjo 57511", "Sri Lestari (0812-2600-1234)"
            ),
            admin.id,
        )
        services.transport.set_treasurer(
            Signatory("Siti Aminah, S.E.", "Bendahara Pengeluaran", "Penata", "198001012005012001"), admin.id
        )
        services.transport.set_default_amount(100_000, admin.id)
        window.resize(*SCREEN)
        page = window.pages["settings"]
        page.open_document_settings()
        dialog = page.document_dialog
        assert dialog is not None
        dialog.tabs.setCurrentIndex(3)  # the BPJS follow-up: the tallest section
        kit.settle(window)
        kit.settle(dialog)
        picture = window.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the window behind a modal dialog
        x = (picture.width() - dialog.width()) // 2
        y = (picture.height() - dialog.height()) // 2
        painter.drawPixmap(x, y, dialog.grab())
        painter.end()
        path = kit.shot("settings-documents.png")
        if not picture.save(str(path)):
            raise OSError(f"cannot write {path}")
        kit.wrote(path)
        dialog.reject()

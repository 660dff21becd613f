"""The pages of the main window, in navigation order. A real page replaces its `PlannedPage` here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.icons import icon
from desktop_app.ui.planned_page import PlannedPage


@dataclass(frozen=True)
class PageContext:
    """What a page may use: the services, where the data lives, the settings and who acts."""

    services: Services
    paths: AppPaths
    settings: AppSettings
    operator_id: int | None
    request_language: Callable[[str], None]


@dataclass(frozen=True)
class PageEntry:
    """One navigation entry: a stable key, its (translated) title and icon, and how to build the page."""

    key: str
    title: str
    icon: str
    build: Callable[[PageContext], QWidget]


def default_pages() -> list[PageEntry]:
    """Every page, titles translated into the current language."""
    from desktop_app.ui.certificates.certificates_page import CertificatesPage
    from desktop_app.ui.checkin.checkin_page import CheckinPage
    from desktop_app.ui.events_page import EventsPage
    from desktop_app.ui.reports.reports_page import ReportsPage
    from desktop_app.ui.settings_page import SettingsPage

    def planned(key: str, title: str, description: str, *features: str) -> PageEntry:
        return PageEntry(
            key, title, key, lambda _ctx: PlannedPage(title, description, features, icon(f"nav/{key}"))
        )

    return [
        PageEntry(
            "events",
            QCoreApplication.translate("Navigation", "Events & Sessions"),
            "events",
            lambda ctx: EventsPage(ctx.services, ctx.operator_id),
        ),
        PageEntry(
            "checkin",
            QCoreApplication.translate("Navigation", "Check-in Desk"),
            "checkin",
            lambda ctx: CheckinPage(ctx.services, ctx.services.operators.get(ctx.operator_id)),
        ),
        planned(
            "participants",
            QCoreApplication.translate("Navigation", "Participants"),
            QCoreApplication.translate(
                "Navigation",
                "The registry of participants and the businesses or cooperatives they represent.",
            ),
            QCoreApplication.translate(
                "Navigation",
                "Import invitation lists from Excel, CSV or LibreOffice files, with a report of rows to fix.",
            ),
            QCoreApplication.translate(
                "Navigation", "Search and correct names, NIK, phone numbers and organisations."
            ),
            QCoreApplication.translate(
                "Navigation", "See who was invited to and who attended each batch; NIKs stay masked."
            ),
        ),
        PageEntry(
            "reports",
            QCoreApplication.translate("Navigation", "Reports & Export"),
            "reports",
            lambda ctx: ReportsPage(ctx.services, ctx.operator_id),
        ),
        PageEntry(
            "certificates",
            QCoreApplication.translate("Navigation", "Certificates"),
            "certificates",
            lambda ctx: CertificatesPage(ctx.services, ctx.operator_id),
        ),
        PageEntry(
            "settings",
            QCoreApplication.translate("Navigation", "Settings"),
            "settings",
            lambda ctx: SettingsPage(ctx.paths, ctx.settings, ctx.request_language),
        ),
    ]

"""The pages of the main window, in navigation order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.ui.app_settings import AppSettings


@dataclass(frozen=True)
class PageContext:
    """What a page may use: the services, where the data lives, the settings and who acts."""

    services: Services
    paths: AppPaths
    settings: AppSettings
    operator_id: int | None
    request_language: Callable[[str], None]
    request_sign_in: Callable[[], None] = lambda: None  # after a restore: everyone signs in again


@dataclass(frozen=True)
class PageEntry:
    """One navigation entry: a stable key, its (translated) title and icon, and how to build the page."""

    key: str
    title: str
    icon: str
    build: Callable[[PageContext], QWidget]


def default_pages() -> list[PageEntry]:
    """Every page, titles translated into the current language."""
    from desktop_app.ui.audit.audit_page import AuditPage
    from desktop_app.ui.certificates.certificates_page import CertificatesPage
    from desktop_app.ui.checkin.checkin_page import CheckinPage
    from desktop_app.ui.events_page import EventsPage
    from desktop_app.ui.people.people_page import PeoplePage
    from desktop_app.ui.reports.reports_page import ReportsPage
    from desktop_app.ui.settings_page import SettingsPage

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
        PageEntry(
            "participants",
            QCoreApplication.translate("Navigation", "Participants"),
            "participants",
            lambda ctx: PeoplePage(ctx.services, ctx.operator_id),
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
            lambda ctx: SettingsPage(
                ctx.paths,
                ctx.settings,
                ctx.request_language,
                services=ctx.services,
                operator_id=ctx.operator_id,
                request_sign_in=ctx.request_sign_in,
            ),
        ),
        PageEntry(
            "audit",
            QCoreApplication.translate("Navigation", "Audit Log"),
            "audit",
            lambda ctx: AuditPage(ctx.services, ctx.operator_id),
        ),
    ]

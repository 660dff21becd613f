"""The pages of the main window, in navigation order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.worker import WorkerPool


@dataclass(frozen=True)
class PageContext:
    """What a page may use: the services, where the data lives, the settings and who acts."""

    services: Services
    paths: AppPaths
    settings: AppSettings
    operator_id: int | None
    request_language: Callable[[str], None]
    request_sign_in: Callable[[], None] = lambda: None  # after a restore: everyone signs in again
    # Where pages read their data and run their jobs: background threads (tests: inline).
    pool: WorkerPool = field(default_factory=WorkerPool)


@dataclass(frozen=True)
class PageEntry:
    """One navigation entry: a stable key, its (translated) title and icon, and how to build the page."""

    key: str
    title: str
    icon: str
    build: Callable[[PageContext], QWidget]


def _audit(ctx: PageContext) -> QWidget:
    from desktop_app.ui.audit.audit_page import AuditPage

    return AuditPage(ctx.services, ctx.operator_id, pool=ctx.pool)


def _certificates(ctx: PageContext) -> QWidget:
    from desktop_app.ui.certificates.certificates_page import CertificatesPage

    return CertificatesPage(ctx.services, ctx.operator_id, pool=ctx.pool)


def _checkin(ctx: PageContext) -> QWidget:
    from desktop_app.ui.checkin.checkin_page import CheckinPage

    return CheckinPage(ctx.services, ctx.services.operators.get(ctx.operator_id))


def _events(ctx: PageContext) -> QWidget:
    from desktop_app.ui.events_page import EventsPage

    return EventsPage(ctx.services, ctx.operator_id, pool=ctx.pool)


def _people(ctx: PageContext) -> QWidget:
    from desktop_app.ui.people.people_page import PeoplePage

    return PeoplePage(ctx.services, ctx.operator_id)


def _reports(ctx: PageContext) -> QWidget:
    from desktop_app.ui.reports.reports_page import ReportsPage

    return ReportsPage(ctx.services, ctx.operator_id, pool=ctx.pool)


def _settings(ctx: PageContext) -> QWidget:
    from desktop_app.ui.settings_page import SettingsPage

    return SettingsPage(
        ctx.paths,
        ctx.settings,
        ctx.request_language,
        services=ctx.services,
        operator_id=ctx.operator_id,
        request_sign_in=ctx.request_sign_in,
    )


def default_pages() -> list[PageEntry]:
    """Every page, titles translated into the current language.

    A page's module is imported when the page is first built (the window builds a page when it
    is first shown): the pages' imports cost the first paint 1–4 s when they all came first.
    """
    return [
        PageEntry("events", QCoreApplication.translate("Navigation", "Events & Sessions"), "events", _events),
        PageEntry("checkin", QCoreApplication.translate("Navigation", "Check-in Desk"), "checkin", _checkin),
        PageEntry(
            "participants",
            QCoreApplication.translate("Navigation", "Participants"),
            "participants",
            _people,
        ),
        PageEntry(
            "reports", QCoreApplication.translate("Navigation", "Reports & Export"), "reports", _reports
        ),
        PageEntry(
            "certificates",
            QCoreApplication.translate("Navigation", "Certificates"),
            "certificates",
            _certificates,
        ),
        PageEntry("settings", QCoreApplication.translate("Navigation", "Settings"), "settings", _settings),
        PageEntry("audit", QCoreApplication.translate("Navigation", "Audit Log"), "audit", _audit),
    ]

"""The first start offers encryption; the questions are module functions so tests replace them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import HadirError
from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.services.privacy.encryption import encrypt_database
from desktop_app.ui import dialogs_io
from desktop_app.ui.privacy.encryption_offer_dialog import EncryptionOfferDialog
from desktop_app.ui.privacy.recovery_key_dialog import RecoveryKeyDialog

log = logging.getLogger(__name__)


def ask_encrypt() -> bool:
    """The offer (ticked by default); True to encrypt."""
    dialog = EncryptionOfferDialog()
    dialog.exec()
    wanted = dialog.wants_encryption
    dialog.deleteLater()
    return wanted


def show_recovery_key(recovery_key: str, services: Services) -> None:
    """The key, shown this once (with its printable sheet)."""
    dialog = RecoveryKeyDialog(recovery_key, services.db.path)
    dialog.exec()
    dialog.deleteLater()


def offer_encryption(services: Services, paths: AppPaths) -> Services:
    """Ask, and encrypt the (new, small) database if wanted; return the services to go on with.

    When the system has no keyring the database stays plain and the window says why.
    """
    if services.db.key is not None or not ask_encrypt():
        return services
    path, backup_dir = services.db.path, services.backups.backup_dir
    services.close()
    try:
        done = encrypt_database(path, backup_dir)
    except HadirError as exc:
        log.warning("database not encrypted: %s", exc.reason)
        dialogs_io.show_error(
            None,
            QCoreApplication.translate("FirstStart", "The database was not encrypted"),
            QCoreApplication.translate(
                "FirstStart",
                "This computer offers no safe place to keep the key, so the database stays "
                "unencrypted. An admin can encrypt it later (hadir db encrypt).",
            ),
            exc.message,
        )
        return Services.open(paths)
    reopened = Services.open(paths)
    assert done.recovery_key is not None
    show_recovery_key(done.recovery_key, reopened)
    return reopened

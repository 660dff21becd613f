"""Who uses the window: the first admin at the first start, else a sign-in with a PIN.

The two questions are module functions so tests replace them (as they replace `dialogs_io`).
"""

from __future__ import annotations

from desktop_app.core.errors import InvalidInput
from desktop_app.services.container import Services
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.signin.operator_dialog import OperatorDialog, OperatorDialogMode
from desktop_app.ui.signin.sign_in_dialog import SignInDialog

LAST_OPERATOR = "signin/last_operator"


def ask_create_admin(services: Services) -> OperatorInfo | None:
    """The first-start dialog: name and PIN twice; None when the user quits."""
    operators = services.operators
    dialog = OperatorDialog(
        OperatorDialogMode.FIRST_ADMIN, lambda name, _role, pin: operators.create_admin(name, pin)
    )
    accepted = dialog.exec() == OperatorDialog.DialogCode.Accepted
    result = dialog.result_value
    dialog.deleteLater()
    return result if accepted and isinstance(result, OperatorInfo) else None


def ask_sign_in(services: Services, last_name: str | None) -> OperatorInfo | None:
    """The sign-in dialog (the last operator chosen); None when the user quits."""
    dialog = SignInDialog(services.operators, last_name)
    accepted = dialog.exec() == SignInDialog.DialogCode.Accepted
    operator = dialog.operator
    dialog.deleteLater()
    return operator if accepted else None


def remember(settings: AppSettings, name: str) -> None:
    """Offer this operator first at the next sign-in on this computer."""
    settings.store.setValue(LAST_OPERATOR, name)
    settings.sync()


def choose_operator(
    services: Services, settings: AppSettings, name: str | None = None
) -> OperatorInfo | None:
    """The operator the window acts as, or None when the user quit instead of signing in.

    Args:
        services: the open database's services.
        settings: the window's preferences (the last operator who signed in here is offered first).
        name: an active operator to act as without a PIN (tests and embedding; never set by the
            command line or the environment, so it opens no door around the PIN).
    """
    if name is not None:
        operator = services.operators.by_name(name)
        if operator is None:
            raise InvalidInput(f"there is no active operator named {name!r}")
        return operator
    if services.operators.needs_first_admin():
        operator = ask_create_admin(services)
    else:
        last = settings.store.value(LAST_OPERATOR)
        operator = ask_sign_in(services, str(last) if last else None)
    if operator is not None:
        remember(settings, operator.name)
    return operator

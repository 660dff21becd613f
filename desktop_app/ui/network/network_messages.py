"""Host and join refusals as sentences in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import HadirError
from desktop_app.services.network.errors import NetworkProblem
from desktop_app.ui.error_messages import error_text


def network_error_text(exc: BaseException) -> str:
    """What went wrong while hosting or joining, in a sentence."""
    if not isinstance(exc, HadirError):
        return QCoreApplication.translate(
            "NetworkMessages", "Something unexpected went wrong: {error}"
        ).format(error=str(exc))
    if not isinstance(exc, NetworkProblem):
        return error_text(exc)
    port = exc.data.get("port", "")
    sentences = {
        "mistyped": QCoreApplication.translate(
            "NetworkMessages",
            "This is not a whole join code, or a character is mistyped. Check it against the host's screen.",
        ),
        "another_host": QCoreApplication.translate(
            "NetworkMessages",
            "The laptop at that address is not the host that showed this code. Check the address on the host's screen.",
        ),
        "port_taken": QCoreApplication.translate(
            "NetworkMessages", "Port {port} is used by another program on this laptop."
        ).format(port=port),
        "bad_port": QCoreApplication.translate("NetworkMessages", "Port {port} is not a port number.").format(
            port=port
        ),
        "running_elsewhere": QCoreApplication.translate(
            "NetworkMessages", "The server already runs on port {port}."
        ).format(port=port),
        "no_postgres": QCoreApplication.translate(
            "NetworkMessages",
            "PostgreSQL is not installed on this laptop, so it cannot be the server. Let another laptop host, "
            "or install PostgreSQL.",
        ),
        "root_folder": QCoreApplication.translate(
            "NetworkMessages",
            "Hadir runs as the administrator (root), and the server may not: run Hadir as an ordinary user.",
        ),
        "is_desk": QCoreApplication.translate(
            "NetworkMessages",
            "This laptop uses another laptop's server. Go back to this laptop's own file first.",
        ),
        "is_host": QCoreApplication.translate(
            "NetworkMessages",
            'This laptop is the server. Use "Done, save to this laptop" to bring the data back to its own file.',
        ),
        "not_host": QCoreApplication.translate("NetworkMessages", "This laptop is not a server."),
    }
    return sentences.get(exc.kind, exc.message)

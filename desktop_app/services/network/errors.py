"""Why hosting or joining was refused: `kind` for the window's sentence, the English message for the CLI."""

from __future__ import annotations

from desktop_app.core.errors import InvalidInput


class NetworkProblem(InvalidInput):
    """Hosting or joining cannot go ahead; nothing was changed.

    Kinds: `mistyped` (not a join code, or a typing mistake), `another_host` (the server at the
    code's address is not the host that showed it), `port_taken`, `bad_port`, `no_postgres`,
    `root_folder` (as root, the server's user cannot reach the data folder), `is_desk` (this laptop
    uses another host's server), `is_host` (this laptop is the host), `not_host` (it hosts nothing),
    `running_elsewhere` (the server already runs on another port).
    """

    reason = "network"

    def __init__(self, kind: str, message: str, **data: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.data = data

"""What every command needs: the open services and the operator acting."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.services.operators import OperatorInfo


@dataclass
class CommandContext:
    """Services over the database `--db` names, and who acts (`--operator` or the local admin)."""

    services: Services
    operator: OperatorInfo

    @classmethod
    def open(cls, args: argparse.Namespace) -> CommandContext:
        """Open the database and resolve the operator."""
        paths = AppPaths.resolve(getattr(args, "db", None))
        services = Services.open(paths)
        name = getattr(args, "operator", None) or os.environ.get("HADIR_OPERATOR")
        operator = services.operators.ensure(name) if name else services.operators.local_admin()
        return cls(services, operator)

    def close(self) -> None:
        """Release the database."""
        self.services.close()

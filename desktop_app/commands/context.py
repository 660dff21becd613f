"""What every command needs: the open services and the operator acting."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from desktop_app.core.errors import InvalidInput
from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.services.operators.info import LOCAL_ADMIN, OperatorInfo, find_operator


@dataclass
class CommandContext:
    """Services over the database `--db` names, and who acts (`--operator` or the local admin).

    No PIN is asked: the command line is for the office's own scripts on the admin's machine, where
    whoever can run it can also read the database file. An operator it names must exist and be
    active (else exit 2); without one it acts as the local admin "Admin".
    """

    services: Services
    operator: OperatorInfo

    @classmethod
    def open(cls, args: argparse.Namespace) -> CommandContext:
        """Open the database and resolve the operator.

        A command that only reads (`reads_only`: event list, verify, bpjs report) leaves the
        housekeeping to the next command that writes: it writes no file, not even the daily backup,
        and changes nothing, so it starts at once.
        """
        paths = AppPaths.resolve(getattr(args, "db", None))
        services = Services.open(paths, housekeeping=not getattr(args, "reads_only", False))
        name = getattr(args, "operator", None) or os.environ.get("HADIR_OPERATOR")
        # Found in plain SQL: a command that only reads never loads the ORM (see event listing).
        if name:
            operator = find_operator(services.db, name)
        else:
            operator = find_operator(services.db, LOCAL_ADMIN, active_only=False)
            operator = operator or services.operators.local_admin()  # created on first use
        if operator is None:
            services.close()
            raise InvalidInput(
                f"there is no active operator named {name!r}: an admin adds operators in the window "
                "(Settings > Operators); without --operator the command runs as the local admin"
            )
        return cls(services, operator)

    def close(self) -> None:
        """Release the database."""
        self.services.close()

"""The bundle's entry point, for both `hadir` (the window) and `hadir-cli` (the terminal).

A windowed Windows executable starts with no stdout or stderr (`None`): anything that prints,
`--version` or a command started by mistake from the Start menu, would fail, so both point at
the null device there. Everything else is `hadir`'s ordinary command line (`desktop_app.cli`).
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m desktop_app`: the same entry point as the `hadir` console script."""

import sys

from desktop_app.cli import main

sys.exit(main())

"""Where the suite notes the last test torn down, and whether Python's cycle collector was on then."""

from __future__ import annotations

import pytest

COLLECTOR_AFTER_TEARDOWN = pytest.StashKey[tuple[str, bool]]()

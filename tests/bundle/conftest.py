"""Bundle tests run only when asked for: `pytest -m bundle` (build_spec/smoke_test.sh, ./dev.sh bundle).

They need a built dist/hadir/ (minutes of PyInstaller), so the normal suite skips them, whatever
other `-m` expression it is given.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "bundle" in (config.getoption("markexpr") or ""):
        return  # selected (or deselected) on purpose
    skip = pytest.mark.skip(reason="needs the built bundle: build_spec/smoke_test.sh or ./dev.sh bundle")
    for item in items:
        if item.get_closest_marker("bundle"):
            item.add_marker(skip)

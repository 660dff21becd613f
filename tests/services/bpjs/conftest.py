"""The BPJS follow-up's world: two batches, their attendees, the branch's list."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from bpjs_world import World, build_world


@pytest.fixture
def world(services, admin) -> World:  # type: ignore[no-untyped-def]
    return build_world(services, admin)

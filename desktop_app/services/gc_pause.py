"""Pausing Python's cycle collector while a bulk job makes objects by the ten thousand.

An import or the demo generator creates tens of thousands of small objects that live until the
job ends; the cycle collector keeps walking them all (its oldest generation over and over) and
costs a tenth of the job. Reference counting still frees everything as usual; only the search
for reference cycles waits until the job is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """No cycle collection inside the block (unless it was off already, it is back on after it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

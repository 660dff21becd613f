"""Logging to a file in the data folder. Log lines never hold a full NIK or phone number."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def log_to_file(folder: Path, level: int = logging.INFO) -> Path | None:
    """Send log records to `folder/hadir.log` (rotated); None when the folder cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "hadir.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path

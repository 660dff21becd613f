"""The README's screenshots, one module per area; each `take(kit)` writes its PNGs (scripts/screenshots.py)."""

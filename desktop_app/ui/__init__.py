"""The window: PySide6 lives here and only here (import-linter checks it)."""

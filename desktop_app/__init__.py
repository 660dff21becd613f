"""Hadir: attendance, health screening and certificates for field information sessions."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata only when asked (`hadir --version`):
    # importlib.metadata costs every command's start 30–100 ms.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("hadir")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.0.0+src"
    raise AttributeError(name)

"""Hadir: attendance, health screening and certificates for field information sessions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hadir")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"

"""What this installation can do: `hadir --check` (for the office's IT, and the bundle's smoke test).

It answers without opening a database or a window: whether SQLCipher is there for encryption at
rest, which keyring keeps a database's key on this account, and whether Qt's multimedia backend
(FFmpeg) loads, which the desk's webcam scanning needs, with the cameras it sees. A part that is
missing is reported, never raised: the point is to say what is missing.
"""

from __future__ import annotations

import logging
from typing import Any

import desktop_app

log = logging.getLogger(__name__)


def _encryption() -> dict[str, Any]:
    try:
        from desktop_app.storage.encryption import cipher_version

        version = cipher_version()
    except Exception as exc:  # a build whose SQLCipher library is broken
        return {"available": False, "problem": f"{type(exc).__name__}: {exc}"}
    if version is None:
        return {"available": False, "problem": "sqlcipher3 is not installed"}
    return {"available": True, "sqlcipher": version}


def _keyring() -> dict[str, Any]:
    try:
        from desktop_app.storage.keystore import backend_name

        name = backend_name()
    except Exception as exc:
        return {"available": False, "problem": f"{type(exc).__name__}: {exc}"}
    # keyring's last resort ("fail") stores nothing: then the database cannot be encrypted here.
    return {"available": "fail" not in name.lower(), "backend": name}


def _camera() -> dict[str, Any]:
    try:
        from PySide6.QtCore import QCoreApplication, QLoggingCategory

        # Qt lists every optional library it did not find (VA-API, PipeWire): noise for this answer.
        QLoggingCategory.setFilterRules("qt.multimedia.*=false")
        from PySide6.QtMultimedia import QMediaDevices, QMediaFormat

        _app = QCoreApplication.instance() or QCoreApplication([])
        # Without a backend plugin QtMultimedia still imports, but knows no format and no camera.
        formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
        cameras = [device.description() for device in QMediaDevices.videoInputs()]
    except Exception as exc:
        return {"available": False, "problem": f"{type(exc).__name__}: {exc}"}
    return {"available": bool(formats), "cameras": cameras}


def installation_report() -> dict[str, Any]:
    """`{"version", "encryption", "keyring", "camera"}`: each part with `available` and its details."""
    return {
        "version": desktop_app.__version__,
        "encryption": _encryption(),
        "keyring": _keyring(),
        "camera": _camera(),
    }


def report_lines(report: dict[str, Any]) -> list[str]:
    """The report for a terminal, one line a part."""

    def state(part: dict[str, Any], detail: str) -> str:
        return f"yes ({detail})" if part["available"] else f"NO ({part.get('problem') or detail})"

    enc, keys, cam = report["encryption"], report["keyring"], report["camera"]
    cameras = ", ".join(cam.get("cameras") or []) or "no camera connected"
    return [
        f"hadir {report['version']}",
        f"encryption at rest (SQLCipher): {state(enc, 'SQLCipher ' + str(enc.get('sqlcipher')))}",
        f"keyring for the database key:  {state(keys, str(keys.get('backend')))}",
        f"webcam scanning (QtMultimedia): {state(cam, cameras if cam['available'] else 'no backend plugin')}",
    ]

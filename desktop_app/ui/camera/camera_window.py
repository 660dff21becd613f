"""The camera view beside the desk: the picture, where to hold the card, and what was read.

It never takes the keyboard (the search box keeps it, for a USB scanner too) and Esc closes it.
With no camera it says so and shows nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.camera.camera_scanner import CameraScanner


class CameraWindow(QWidget):
    """Signals `scanned(code)`: an invitation code read twice alike."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle(self.tr("Hadir – camera"))
        self.resize(480, 420)
        self.video = QVideoWidget()
        self.video.setMinimumSize(320, 240)
        self.hint_label = QLabel(self.tr("Hold the invitation's QR code in the middle of the picture."))
        self.hint_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("lead")
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.status_label)
        self.scanner = CameraScanner(self)
        self.scanner.scanned.connect(self._on_scanned)
        self.session = QMediaCaptureSession(self)
        self.session.setVideoOutput(self.video)
        self.video.videoSink().videoFrameChanged.connect(self.scanner.feed)
        self.camera: QCamera | None = None

    def start(self) -> bool:
        """Open the default camera; False (and the window says why) when there is none."""
        inputs = QMediaDevices.videoInputs()
        if not inputs:
            self.video.hide()
            self.hint_label.hide()
            self.status_label.setText(
                self.tr("No camera found. Connect a webcam, or scan with a USB scanner or type the code.")
            )
            return False
        default = QMediaDevices.defaultVideoInput()
        device = default if not default.isNull() else inputs[0]
        if self.camera is None:
            self.camera = QCamera(device, self)
            self.camera.errorOccurred.connect(self._on_error)
            self.session.setCamera(self.camera)
        self.camera.start()
        self.status_label.setText(self.tr("Camera: {name}").format(name=device.description()))
        return True

    def _on_scanned(self, code: str) -> None:
        self.status_label.setText(self.tr("Read: {code}").format(code=code))
        self.scanned.emit(code)

    def _on_error(self, _error: QCamera.Error, text: str) -> None:
        self.status_label.setText(self.tr("The camera stopped: {detail}").format(detail=text))

    def event(self, event: QEvent) -> bool:
        escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
        if event.type() == QEvent.Type.ShortcutOverride and escape:
            event.accept()  # Esc closes this window; it is not the desk's "next person"
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.scanner.wait()
        super().closeEvent(event)

"""Webcam scanning, tested with recorded frames: a printed invitation card held askew (see make_frames.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame

from desktop_app.ui.camera.camera_scanner import CameraScanner, luma_plane
from desktop_app.ui.camera.frame_decoder import TwoReads, decode_luma

FRAMES = Path(__file__).with_name("frames")
CODE = "HDR-7KQ2-M9XD"


def grey(name: str) -> tuple[bytes, int, int, int]:
    image = Image.open(FRAMES / name).convert("L")
    return image.tobytes(), image.width, image.height, image.width


@pytest.mark.parametrize("name", ["card_tilted_7deg.png", "card_tilted_-11deg_soft.png"])
def test_a_card_held_askew_is_read(name: str) -> None:
    assert decode_luma(*grey(name)) == CODE


def test_an_empty_table_reads_nothing() -> None:
    assert decode_luma(*grey("no_card.png")) is None


def test_a_padded_stride_is_honoured() -> None:
    data, width, height, _ = grey("card_tilted_7deg.png")
    stride = width + 64  # cameras pad rows to 64 or 128 bytes
    padded = b"".join(data[r * width : (r + 1) * width] + b"\0" * 64 for r in range(height))
    assert decode_luma(padded, width, height, stride) == CODE


def test_two_equal_reads_are_accepted_once_then_after_a_pause() -> None:
    reads = TwoReads()
    assert reads.feed(CODE, 0.0) is None  # one read could be a misread
    assert reads.feed(None, 0.1) is None
    assert reads.feed(CODE, 0.2) is None  # not two in a row
    assert reads.feed(CODE, 0.3) == CODE
    assert reads.feed(CODE, 0.4) is None and reads.feed(CODE, 0.5) is None  # still held up: not twice
    assert reads.feed("HDR-A1B2-C3D4", 0.6) is None
    assert reads.feed("HDR-A1B2-C3D4", 0.7) == "HDR-A1B2-C3D4"  # the next card


def frame(name: str) -> QVideoFrame:
    return QVideoFrame(QImage(str(FRAMES / name)))


def test_frames_are_decoded_off_the_gui_thread_and_two_reads_scan(qtbot) -> None:
    clock = [0.0]
    scanner = CameraScanner(clock=lambda: clock[0])
    assert luma_plane(frame("card_tilted_7deg.png"))[1:3] == (640, 480)
    scanned: list[str] = []
    scanner.scanned.connect(scanned.append)
    for name in ["no_card.png", "card_tilted_7deg.png", "card_tilted_-11deg_soft.png"]:
        assert scanner.feed(frame(name))
        assert not scanner.feed(frame(name))  # one decode at a time
        qtbot.waitUntil(lambda: not scanner._busy, timeout=3000)
        clock[0] += 0.2
    assert scanned == [CODE]
    assert scanner.decodes == 3
    clock[0] += 0.01
    scanner.feed(frame("card_tilted_7deg.png"))
    assert not scanner.feed(frame("card_tilted_7deg.png"))  # and at most one every 0.12 s
    scanner.wait()


def test_the_desk_takes_a_camera_read_like_a_scan(qtbot, desk, open_page) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page = open_page(desk)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_F2)
    window = page.camera_window
    assert window is not None and window.isVisible()
    assert QApplication.focusWidget() is page.search_edit  # the camera view never takes the keyboard
    if window.camera is None:  # this machine has no webcam: said plainly
        assert "Tidak ada kamera" in window.status_label.text()
    clock = [100.0]
    window.scanner._clock = lambda: clock[0]
    for _ in range(2):  # the same card seen in two frames
        assert window.scanner.feed(frame("card_tilted_7deg.png"))
        qtbot.waitUntil(lambda: not window.scanner._busy, timeout=3000)
        clock[0] += 0.2
    qtbot.waitUntil(lambda: page.card_view.card is not None, timeout=3000)
    assert page.card_view.card.name == "Sri Wahyuni"
    assert QApplication.focusWidget() is page.screening.temperature_edit  # as after a scanner's Enter

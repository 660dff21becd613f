"""Scanning invitation QR codes with a laptop's webcam, for desks without a USB scanner.

`frame_decoder` (no Qt) crops a frame's luma plane and decodes it with zxing-cpp, and accepts a
code after two equal reads; `camera_scanner` feeds it QtMultimedia frames off the GUI thread;
`camera_window` shows the camera and hands each accepted code to the desk like a scanner would.
"""

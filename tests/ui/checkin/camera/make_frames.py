"""How the recorded frames were made (kept to remake them): a printed invitation card, held a little
askew under a laptop's webcam, 640×480 grey as the camera's luma plane gives it.

    .venv/bin/python tests/ui/camera/make_frames.py
"""

from __future__ import annotations

import random
from pathlib import Path

import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

CODE = "HDR-7KQ2-M9XD"
FRAMES = Path(__file__).with_name("frames")


def card() -> Image.Image:
    qr = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode(CODE, zxingcpp.BarcodeFormat.QRCode), scale=4
    )
    rows, cols = memoryview(qr).shape
    qr = Image.frombytes("L", (cols, rows), memoryview(qr).tobytes())
    sheet = Image.new("L", (420, 260), 250)
    draw = ImageDraw.Draw(sheet)
    draw.text((20, 18), "UNDANGAN  Sosialisasi BPJS Ketenagakerjaan", fill=30)
    draw.text((20, 44), "Sri Wahyuni - Koperasi Serba Usaha Makmur Grogol", fill=60)
    draw.text((20, 230), CODE, fill=30)
    sheet.paste(qr.convert("L").resize((150, 150), Image.Resampling.NEAREST), (250, 70))
    draw.rectangle((0, 0, 419, 259), outline=120)
    return sheet


def frame(angle: float, blur: float, shift: tuple[int, int], seed: int) -> Image.Image:
    rng = random.Random(seed)
    table = Image.new("L", (640, 480), 95)
    noise = Image.effect_noise((640, 480), 18).point(lambda v: v // 4)
    table = Image.blend(table, noise, 0.25)
    held = card().rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=95)
    # a slight perspective: the card's top edge further from the camera than its bottom
    w, h = held.size
    held = held.transform(
        (w, h), Image.Transform.PERSPECTIVE, (1.0, 0.06, -8, 0.0, 1.04, -6, 0.0, 0.00012), Image.Resampling.BICUBIC,
        fillcolor=95,
    )  # fmt: skip
    table.paste(held, ((640 - w) // 2 + shift[0], (480 - h) // 2 + shift[1]))
    table = table.filter(ImageFilter.GaussianBlur(blur))
    return table.point(lambda v: max(0, min(255, v + rng.randint(-3, 3))))


if __name__ == "__main__":
    FRAMES.mkdir(exist_ok=True)
    frame(7, 0.8, (0, 0), 1).save(FRAMES / "card_tilted_7deg.png")
    frame(-11, 1.1, (18, -10), 2).save(FRAMES / "card_tilted_-11deg_soft.png")
    Image.new("L", (640, 480), 95).filter(ImageFilter.GaussianBlur(1)).save(FRAMES / "no_card.png")

"""empty.png: the window over a database with nothing in it yet."""

from __future__ import annotations

from screens.kit import Kit


def take(kit: Kit) -> None:
    with kit.sandbox("empty") as box:
        window = box.main_window(box.services.operators.local_admin().id)
        kit.save(window, "empty.png")

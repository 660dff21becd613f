"""settings.png: the settings page of the window over the demo database."""

from __future__ import annotations

from screens.kit import Kit


def take(kit: Kit) -> None:
    with kit.sandbox("demo") as box:
        box.demo(people=300)
        window = box.main_window(box.services.operators.local_admin().id)
        window.show_page("settings")
        kit.save(window, "settings.png")

"""events.png and session-dialog.png: the demo event with its second batch selected, then edited."""

from __future__ import annotations

from screens.kit import Kit


def take(kit: Kit) -> None:
    with kit.sandbox("demo") as box:
        box.demo(people=300)
        window = box.main_window(box.services.operators.local_admin().id)
        page = window.pages["events"]
        event = box.services.events.list_events()[0]
        page.select_event(event.id)
        sessions = box.services.events.list_sessions(event.id)
        page.refresh(select_session=sessions[1].id)
        kit.save(window, "events.png")

        page.edit_session_button.click()
        dialog = page.active_dialog
        assert dialog is not None
        kit.save(dialog, "session-dialog.png")
        dialog.reject()

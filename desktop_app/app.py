"""The composition root the command line and the packaged program call to open the window.

Starting the window needs Qt, and Qt is imported only under ui/: the work is in
`desktop_app.ui.launch` (paths -> database, migrated -> services -> sign-in -> window).
"""

from desktop_app.ui.launch import application, run_window

__all__ = ["application", "run_window"]

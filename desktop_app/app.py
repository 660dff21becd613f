"""The composition root the command line and the packaged program call to open the window.

Starting the window needs Qt, and Qt is imported only under ui/: the work is in
`desktop_app.ui.launch` (paths -> database, migrated -> services -> sign-in -> window).
"""

from desktop_app.ui.installation_check import installation_report, report_lines
from desktop_app.ui.launch import application, run_window

__all__ = ["application", "installation_report", "report_lines", "run_window"]

"""Importing a roster file (xlsx, xls, ods, csv): reading, guessing columns, preview, checked rows.

Entry point: `service.RosterImportService`; `preview.preview_file` for the dialog's first look.
"""

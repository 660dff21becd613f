"""Paper for the office's files (SPJ): the sheet to sign before the event, invitations, contact tracing.

Entry point: `service.PaperService`.
"""

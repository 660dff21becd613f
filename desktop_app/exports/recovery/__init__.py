"""The recovery key sheet: the database's recovery key printed once, with a QR code, to keep in the office.

Entry point: `sheet.write_recovery_sheet`.
"""

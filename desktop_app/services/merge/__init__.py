"""Gabungkan data laptop lain: bringing another Hadir database (a field laptop's) into this one.

Entry point: `service.MergeService`; `types` holds the report it returns; `incoming` checks and
copies the file that comes in (it is never modified).
"""

"""Backups and restore of the whole database, checked before anything is replaced.

Entry point: `service.BackupService`.
"""

"""Kegiatan and Angkatan: creating, editing and listing events and their sessions.

Entry point: `service.EventService`.
"""

"""Laporan & Ekspor: the numbers of a session or an event, and the attendance files.

Entry point: `service.ReportService`.
"""

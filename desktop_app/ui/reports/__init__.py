"""Laporan & Ekspor: the numbers of a session or an event, charts, and the attendance exports."""

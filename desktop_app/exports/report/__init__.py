"""The laporan kegiatan (activity report) of an SPJ: narrative, numbers, charts, photos, annexes.

Entry points: `data.ActivityReport` (what it says) and `pdf.write_activity_report`.
"""

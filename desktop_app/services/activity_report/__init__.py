"""The laporan kegiatan of an event or a batch (SPJ): its settings, its data, the PDF.

Entry point: `service.ActivityReportService`.
"""

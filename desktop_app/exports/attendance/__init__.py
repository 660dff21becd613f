"""The attendance documents: the workbook for the district office and the printable daftar hadir.

Entry points: `xlsx.write_attendance_workbook` and `pdf.write_attendance_pdf`; `data` holds the
rows they take, `labels` the printed words.
"""

"""BPJS follow-up files: the follow-up list (who to call, wa.me links), the BPU registration sheet.

Entry points: `followup_xlsx.write_followup_workbook`, `registration_xlsx.write_registration_workbook`
and `conversion_sheet.write_conversion_sheet` (a sheet of the attendance workbook). Plain rows and
labels in, a file out; every identifier is a text cell.
"""

"""The rejects workbook of a roster import: each refused row as it was, with its reasons.

Entry point: `rejects.write_rejects`.
"""

"""BPJS follow-up files: the follow-up list (who to call, wa.me links), the BPU registration sheet.

Plain rows and labels in, a file out; every identifier is a text cell.
"""

"""Invitation cards with the QR code the desk scans, as PDF.

Entry point: `pdf.write_invitations`.
"""

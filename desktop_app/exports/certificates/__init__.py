"""Certificates as PDF, and the layout the window's preview draws too.

Entry point: `pdf.write_certificates`; `layout.CertificateLayout` places the items of `items`.
"""

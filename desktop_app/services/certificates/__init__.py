"""Sertifikat: the template, numbering and making certificates, and verifying a scanned code.

Entry point: `service.CertificateService`; `types` holds what it returns.
"""

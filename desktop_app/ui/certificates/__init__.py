"""Sertifikat: the page that makes certificates, the template editor and the verify dialog."""

"""Pengaturan dokumen: the laporan kegiatan, invitations, transport money and the BPJS follow-up."""

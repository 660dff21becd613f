"""QR codes as vector paths for PDF pages, encoded in a helper process for big batches.

Entry points: `matrix.qr_path` and `pool.iter_qr_paths`.
"""

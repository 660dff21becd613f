"""`hadir demo`: a realistic registry with one event in batches of 30, most people checked in.

Entry point: `service.generate_demo`.
"""

"""Encryption at rest in the window: the offer on the first start and the recovery key shown once."""

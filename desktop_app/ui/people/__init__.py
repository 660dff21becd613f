"""Peserta: the registry of people and organisations, the roster import and the invitation cards."""

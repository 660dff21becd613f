"""Meja Check-in: the desk at the door (search, screening, capacity, walk-ins, undo, door display)."""

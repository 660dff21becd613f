"""Use cases over the storage: they take plain values and return frozen dataclasses."""

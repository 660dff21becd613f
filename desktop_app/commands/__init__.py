"""Handlers of the command-line commands: each takes parsed arguments and returns a result."""

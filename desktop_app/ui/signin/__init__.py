"""Operators: first start, sign-in, the idle lock and their management in Settings."""

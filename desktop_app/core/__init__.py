"""Pure rules and typed errors: no Qt, no SQL."""

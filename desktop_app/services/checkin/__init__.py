"""The check-in desk: finding a person as they arrive, screening, admitting within capacity, undo.

Entry point: `service.CheckinService`; `search` is the desk's search (the registry reuses it),
`types` holds the frozen rows the desk shows.
"""

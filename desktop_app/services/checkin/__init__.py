"""The check-in desk: finding a person as they arrive, screening, admitting within capacity, undo.

Entry point: `service.CheckinService`; the desk searches through `services.search`;
`types` holds the frozen rows the desk shows.
"""

"""Finding a person by what is typed: name parts, organisation, NIK, phone or invitation code.

Entry point: `query.search_people` (the desk's list, invitees first); the registry's filters reuse
its word rules (`query.split_query`, `query.index_terms`).
"""

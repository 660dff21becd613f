"""Peserta: the registry of people and organisations, listed, edited, merged and removed.

Entry point: `service.RegistryService`; `people.PeopleService` creates and finds people,
`types` holds the rows and drafts the *Peserta* page uses.
"""

"""Personal data rules (Law 27/2022): health answers kept only as long as the office sets.

Entry point: `service.PrivacyService`.
"""

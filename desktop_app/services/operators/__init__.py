"""Petugas: operators with PINs and roles, sign-in with a lockout, and the idle lock setting.

Entry point: `service.OperatorService`; `security.SecuritySettings` for the idle lock.
"""

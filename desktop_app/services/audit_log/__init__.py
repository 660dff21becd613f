"""Reading the audit log (the *Audit* page): filters, pages of rows, the Excel export.

Entry point: `service.AuditLogService`. Writing entries is the shared `services.audit.record`.
"""

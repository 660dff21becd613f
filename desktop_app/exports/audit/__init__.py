"""The audit log as a workbook.

Entry point: `xlsx.write_audit_workbook`.
"""

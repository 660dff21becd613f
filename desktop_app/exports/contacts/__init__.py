"""Contact tracing: the attendees of a session in the columns of a close-contact form.

Entry point: `xlsx.write_contacts_workbook`.
"""

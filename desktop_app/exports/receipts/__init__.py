"""The tanda terima uang transport: who received the transport money of a session, signed.

Entry point: `pdf.write_transport_receipt`.
"""

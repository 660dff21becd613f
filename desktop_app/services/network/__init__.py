"""A venue network: one laptop hosts a PostgreSQL server, the others join it (service.py).

`join_code` writes and reads the code a host shows, `host_server` runs the server, `binaries`
finds PostgreSQL's programs, `settings_file` remembers which server a laptop uses.
"""

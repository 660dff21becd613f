"""A venue network: one laptop hosts a PostgreSQL server, the others join it with its code.

Entry point: `service.NetworkService` (host start/stop/finish, join, leave, status); `join_code`
writes and reads the code a host shows, `host_server` runs the server, `binaries` finds
PostgreSQL's programs, `discovery` finds the host by mDNS, `settings_file` remembers which server
a laptop uses.
"""

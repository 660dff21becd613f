"""Pengaturan → Jaringan: host a venue's server or join one, and the status line every desk shows.

`network_box.NetworkBox` is the settings group, `host_dialog` shows the join code and its QR,
`join_dialog` reads one (typed or scanned), `network_status_label` is the status bar's line,
`close_guard` stops a host's server when its window closes.
"""

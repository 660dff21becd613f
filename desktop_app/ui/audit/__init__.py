"""The Log Audit page: who did what and when, filtered, paged and exported."""

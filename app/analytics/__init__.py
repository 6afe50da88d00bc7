"""Journey analytics: an event log (CSV, TSV, Parquet, XES) measured against the map.

DuckDB does the work in SQL so millions of events never pass through Python rows; the results
are a ``JourneyAnalytics`` model kept in the project, so the board and the exporters work
without the log. This package knows no Qt and no document: the views run it in a worker
thread and the document stores what it returns as one undoable command.
"""

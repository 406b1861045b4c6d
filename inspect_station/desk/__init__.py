"""The supervisor's desk: the history of finished units, the dashboard and its one aggregate
query, the daily PDF report, CSV/XLSX exports, charts and the desk's settings. It reads what the
bench wrote and may import what lies below ``bench`` (``rules``, ``photos``, ``people``,
``audit``, the leaves, ``app``'s bottom) and ``db``, never ``bench``, ``printing`` or
``supervise``."""

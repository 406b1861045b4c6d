"""The supervisor's desk: the history of finished units, the dashboard and its one aggregate
query, the daily PDF report, CSV/XLSX exports, charts and the desk's settings. It reads what the
bench wrote and may import ``rules``, ``people``, ``identify``, ``app`` and ``db``, never ``bench``,
``printing`` or ``supervise``."""

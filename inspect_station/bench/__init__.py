"""The bench worker's actions on a parcel: scanning and opening a unit, the unit's views and counts,
its photos, its assessment, finishing it, quarantine and the expected-returns manifest. It may
import ``rules``, ``photos`` and everything below them, never ``printing``, ``supervise``,
``desk`` or ``app.startup``."""

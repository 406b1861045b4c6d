"""The bench worker's actions on a parcel: what a scan at the bench means (``scan_answers``: a
badge, a parcel opened, a printed label confirmed, …), opening a unit, the unit's views and counts,
its photos, its assessment, finishing it, quarantine and the expected-returns manifest. It may
import ``rules``, ``photos`` and everything below them, never ``printing``, ``supervise``,
``desk`` or ``app.startup``."""

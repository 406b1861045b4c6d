"""The bench screen: the scan flow and the return chooser, the parcel panel, the grading panel and
the assessing that drives it. It may import ``ui.photos``, ``ui.devices``, the shell's ``tasks``,
``style`` and ``status_bar`` and the core, never ``ui.desk``, ``ui.labels`` or ``ui.people``."""

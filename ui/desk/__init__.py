"""The supervisor's screens: the desk's dashboard and history (filter bar, table model, inspection
and override dialogs), the approval queue and the quarantine, with their models and dialogs. It
may import ``ui.photos`` (the gallery), ``ui.devices``, the shell's ``tasks``, ``style`` and
``status_bar`` and the core, never ``ui.bench``, ``ui.labels`` or ``ui.people``."""

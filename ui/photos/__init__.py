"""Taking and looking at a unit's photos: the photo panel with the live preview, the shot bar, the
quality prompt, the photo flow that drives them, and the gallery the bench and the desk open. It
may import ``ui.devices``, the shell's ``tasks``, ``style`` and ``status_bar`` and the core, and
no screen package."""

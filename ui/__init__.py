"""The station's window: PySide6 widgets over the Qt-free core in ``inspect_station``, with the
application shell (``app``, ``main_window``, ``tasks``, ``style``, ``status_bar``, ``idle``) flat
here and the screens in one sub-package per concern. It may import ``inspect_station`` and ``db``;
inside, ``app`` and ``main_window`` compose the screens and the screens import only what lies
below them, in the order of the ui layers contract in ``pyproject.toml``."""

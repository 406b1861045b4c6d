"""The station's window: PySide6 widgets over the Qt-free core in ``inspect_station``."""

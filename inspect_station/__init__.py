"""The station's core, with no Qt import anywhere: domain values and rules, one service function
per user action, devices, labels, photos and the command line, one sub-package per concern. It
may import ``db`` and never ``ui``; the order in which its packages may import each other is the
import-linter layers contract in ``pyproject.toml``."""

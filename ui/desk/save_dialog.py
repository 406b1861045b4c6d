"""Where the desk's files are saved: a save dialog opened in the person's documents folder
(or the configured ``export_dir``), never in the folder the station was started from.

The dialog opens with ``open()`` and answers through ``fileSelected``, so nothing blocks and
tests can answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_dialog(
    parent: QWidget,
    *,
    title: str,
    folder: Path,
    name: str,
    filters: str,
    chosen: Callable[[Path], object],
) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder / name), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(name)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)) if path else None)
    dialog.open()
    return dialog

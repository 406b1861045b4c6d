"""The label desk: the print questions, the label preview and the printer settings dialog. It may
import ``ui.bench`` (it follows the bench's labels) and everything below it, never ``ui.desk`` or
``ui.people``."""

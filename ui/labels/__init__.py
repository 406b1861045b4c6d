"""The label desk, the window's whole print flow (sending, results, printer state, retries, the
print questions) with the label preview and the printer settings dialog. It may
import ``ui.bench`` (it follows the bench's labels) and everything below it, never ``ui.desk`` or
``ui.people``."""

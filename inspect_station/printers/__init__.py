"""Printer back ends: raw TCP 9100 (ZPL), CUPS queues, a folder of files.

Each one takes a :class:`~inspect_station.printers.base.RenderedLabel` and delivers it, or
raises :class:`~inspect_station.errors.PrinterError` (nothing reached the printer: the job
stays queued) or :class:`~inspect_station.errors.PrintOutcomeUnknown` (it may have printed).
``inspect_station.printing`` builds them from the settings.
"""

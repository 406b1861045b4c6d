"""Errors the station shows calmly to the person at the bench.

Everything that is a fault of the environment or of the input (printer offline, camera gone,
disk full, a scan that makes no sense) is a :class:`KnownError`. The UI shows its message and
carries on; any other exception is a bug and must surface loudly.
"""

from __future__ import annotations

from inspect_station.app.i18n import _


class KnownError(Exception):
    """A fault the user can understand and act on. ``str(error)`` is the message to show."""


class BadInput(KnownError):
    """Input that is refused before anything is written."""


class CameraUnavailable(KnownError):
    """The configured camera could not be opened or stopped delivering frames."""


class PhotoRejected(KnownError):
    """A photo (from the camera or a file) was refused; nothing was stored."""


class PrinterError(KnownError):
    """A label could not be delivered to the printer; the job stays queued."""


class AlreadyClaimed(KnownError):
    """Another bench is already working on this expected return."""

    def __init__(self, reference: str, bench: str) -> None:
        super().__init__(
            _("{reference} is already being inspected at bench {bench}.").format(
                reference=reference, bench=bench
            )
        )
        self.reference = reference
        self.bench = bench


class SchemaTooNew(KnownError):
    """The database was upgraded by a newer version of the station."""


class DatabaseUnavailable(KnownError):
    """The database could not be reached or did not answer in time (``app/health.py`` words
    it); ``outage`` is "unreachable", "slow" or "busy"."""

    def __init__(self, message: str, *, outage: str = "unreachable") -> None:
        super().__init__(message)
        self.outage = outage


class Conflict(KnownError):
    """The record changed since it was shown; nothing was applied."""


class NotAllowed(KnownError):
    """The signed-in user's role does not allow this action; nothing was applied."""


class PrintOutcomeUnknown(PrinterError):
    """The connection broke after the label (or part of it) left the station: it may or may
    not have printed. Such a job is never resent by itself; the bench asks."""

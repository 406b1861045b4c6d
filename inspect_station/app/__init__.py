"""The station's context (``Station`` and its ``OnShift``), its start-up, the admin's change of the
printers, its settings, the shipped resources and the errors the station shows calmly.
``context``, ``settings``, ``errors`` and ``resources`` lie below every other package and import
only the standard library, ``db`` and each other (``context`` names the rest under
``TYPE_CHECKING``); ``startup`` (the composition root) and ``printer_admin`` lie above every
service package and may import any of them."""

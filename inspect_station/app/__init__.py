"""The station's context (``Station``), its start-up, its settings, the shipped resources and the
errors the station shows calmly. ``context``, ``settings``, ``errors`` and ``resources`` sit below
every other package and import only the standard library, ``db`` and each other (``context``
names the rest under ``TYPE_CHECKING``); ``startup`` is the composition root and may import any
package but ``commands``."""

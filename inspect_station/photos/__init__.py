"""The unit's photos as files and facts: the content-addressed store, the quality check, the shot
catalogue, the camera source, the photo view, and the store's upkeep (verify, purge). The store,
quality, shots, camera and view import only ``app`` and ``db``; ``upkeep`` is an admin service
and may also import ``people``, ``audit`` and the leaves, never ``rules`` or a bench package."""

"""Persistence: typed models, the engine and session factory, the audit chain and the migrations.
It knows nothing of Qt or of the station's rules: it imports neither ``inspect_station`` nor
``ui``."""

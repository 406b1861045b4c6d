"""Persistence: typed models, the engine and session factory, and the migrations.

Knows nothing of Qt or of the station's rules.
"""

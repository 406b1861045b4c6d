"""Tables only a bench's own offline database has (``inspect_station/offline``).

The offline database is a station database like any other (the same migrations), plus these two
tables, kept out of the shared schema: which units were sent, and a few values of its own.
"""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, Uuid

from db.types import UTCDateTime

LOCAL = MetaData()

# One row per unit sent to the shared database (or recorded there as a conflict).
offline_sent = Table(
    "offline_sent",
    LOCAL,
    Column("inspection_id", Uuid, primary_key=True),
    Column("sent_at", UTCDateTime, nullable=False),
    Column("outcome", String(32), nullable=False),  # "sent", or a conflict's kind
)

# Key → value: when the copy was refreshed, from which audit event on units are journaled.
offline_state = Table(
    "offline_state",
    LOCAL,
    Column("key", String(40), primary_key=True),
    Column("value", String(2000), nullable=False),
)

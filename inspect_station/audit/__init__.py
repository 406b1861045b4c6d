"""The audit trail: writing a change's row (``trail``), verifying the hash chain (``verify``) and
the PostgreSQL role's grants (``grants``). It may import ``db``, ``app`` and ``identify``/``labels``
at most; every service package above may write to the trail."""

"""The audit trail: writing a change's row (``trail``), verifying the hash chain
(``verification``) and the PostgreSQL role the benches connect as (``grants``). It may import
``db`` and what lies below it (``identify``, ``labels``, ``app``'s context, settings and errors);
every service package above writes to the trail."""

"""The outbox: every outcome the station decides is written as an event in the transaction that
decides it, with one delivery per shop connector that takes it; what became of each delivery,
the backlog, and a supervisor's retry or skip of a dead letter. It may import ``people``,
``audit`` and everything below them, never ``bench``, ``supervise`` or the connectors in ``shop``
(which deliver what is written here)."""

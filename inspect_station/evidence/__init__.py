"""The evidence document a customer reads: per return, what arrived and when, its condition with
the photos and their SHA-256 hashes, any deduction and its legal basis, who inspected it and
when, and the refund with its deadline. It may import ``supervise``, ``bench`` and everything
below them, never ``printing``, ``desk`` or ``app.startup``."""

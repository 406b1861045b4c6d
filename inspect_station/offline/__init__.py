"""Working without the shared database: the bench's own database (``twin``) with the local copy
of recent expected returns (``copy``), on which the bench services run while the shared one is
out of reach. It may import ``db`` and the packages below ``bench`` (``rules``, ``photos``,
``people``, ``audit``, ``identify``, ``app``'s context, health, settings and errors); ``bench``
asks it where to work, and ``sync`` sends its journal."""

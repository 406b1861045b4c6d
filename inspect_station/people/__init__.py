"""Who may use the station: badges and PINs, signing in, roles and managing users. It may import
``audit`` and the packages below it (``identify``, ``labels``, ``app``), never a bench, rules or
desk service."""

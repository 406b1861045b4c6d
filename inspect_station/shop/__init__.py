"""Outcomes out to the shops, expected returns in: the connectors (Medusa v2, Shopify Admin
GraphQL, signed webhooks) behind one interface, their settings and secrets, the deliverer that
sends the outbox, and the pull that brings a shop's requested returns in through the manifest's
own checks. It may import ``outbox``, ``bench`` and everything below them, never ``supervise``,
``printing`` or ``desk``."""

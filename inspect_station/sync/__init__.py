"""Bringing a bench's offline work to the shared database: sending the journal in order
(``sending``, with the labels settled in ``labels``), the supervisor's list of what did not fit
(``conflicts``), and the background worker that sends and keeps the local copy fresh
(``worker``). It may import ``bench`` and everything below it; nothing in the core imports it
but the command line and start-up."""

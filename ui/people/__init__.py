"""Signing in and who may sign in: the sign-in screen, the first-run screen that makes the first
admin, and the users screen. It may import the shell's ``tasks``, ``style`` and ``status_bar``
and the core, and no other screen package."""

"""Crash and outage harnesses: a station worked by a child process killed with SIGKILL at random
moments, checked after every kill (``harness``); the child's work (``worker``)."""

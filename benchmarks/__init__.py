"""Benchmarks of the performance targets in the brief; run with ``./station bench``.

Figures only, never pass/fail: timed checks do not belong in the unit tests. See
docs/benchmarks.md for what each benchmark measures and the recorded runs.
"""

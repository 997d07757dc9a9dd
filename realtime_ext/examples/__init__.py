"""Runnable examples of realtime_ext (importable so the tests can exercise them)."""

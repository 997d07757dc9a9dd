"""The session builders' error, kept importable from here; it lives in
``realtime_ext._exceptions``.
"""

from __future__ import annotations

from .._exceptions import SessionConfigError as SessionConfigError

__all__ = [
    "SessionConfigError",
]

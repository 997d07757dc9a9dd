"""The one error type raised by the session builders."""

from __future__ import annotations

from .._errors import RealtimeError

__all__ = ["SessionConfigError"]


class SessionConfigError(RealtimeError, ValueError, TypeError):
    """A session keyword has the wrong type or an out-of-range value.

    It subclasses both ``ValueError`` and ``TypeError`` so callers can catch whichever
    matches their habit; ``keyword`` names the offending keyword (dotted for nested
    values, e.g. ``"turn_detection.threshold"``).

    Example:
        >>> from realtime_ext.session import realtime_session
        >>> try:
        ...     realtime_session(speed=3.0)
        ... except SessionConfigError as exc:
        ...     exc.keyword
        'speed'
    """

    def __init__(self, keyword: str, problem: str) -> None:
        self.keyword = keyword
        self.problem = problem
        super().__init__(f"{keyword}: {problem}")

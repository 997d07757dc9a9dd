"""The one exception type this package raises for bad SDP."""

from __future__ import annotations

from .._errors import RealtimeError


class SDPError(RealtimeError, ValueError):
    """A session description is malformed or unfit for a WebRTC call.

    ``line`` is the 1-based line number the problem was found on, when one
    applies; ``reason`` is the plain explanation without the line prefix.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> try:
        ...     parse("hello")
        ... except SDPError as exc:
        ...     print(exc.line, exc.reason)
        1 the first line must be 'v=0' (got a line starting 'hello')
    """

    def __init__(self, reason: str, *, line: int | None = None) -> None:
        self.reason = reason
        self.line = line
        super().__init__(f"line {line}: {reason}" if line is not None else reason)

"""The close frame a caller asks for (``close(code, reason)``): its code and reason, checked
once for every WebSocket conversation and WebRTC call."""

from __future__ import annotations

from ._exceptions import InvalidArgumentError
from ._redact import short_repr

__all__ = ["check_close_frame"]

# RFC 6455 7.4: the codes an endpoint may send (1004-1006 and 1015 are reserved, never
# sent), and 3000-4999 for libraries and applications; a close reason is at most 123 bytes
# of UTF-8 (a control frame carries 125, two of them the code).
_SENDABLE_CLOSE_CODES = frozenset({1000, 1001, 1002, 1003, *range(1007, 1015), *range(3000, 5000)})
_MAX_CLOSE_REASON = 123


def check_close_frame(code: object, reason: object) -> None:
    """``close(code, reason)``'s arguments, checked before anything closes: websockets
    raised ``ProtocolError`` for a code it may not send or a long reason, and logged an
    internal error (the socket left unclosed) for a reason that is not text.

    Example:
        >>> check_close_frame(1000, "bye")
        >>> check_close_frame(1006, "")
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: close code must be 1000-1003, 1007-1014 or \
3000-4999, got 1006
    """
    if isinstance(code, bool) or not isinstance(code, int) or code not in _SENDABLE_CLOSE_CODES:
        raise InvalidArgumentError(
            f"close code must be 1000-1003, 1007-1014 or 3000-4999, got {short_repr(code)}"
        )
    if not isinstance(reason, str):
        raise InvalidArgumentError(f"close reason must be a str, got {type(reason).__name__}")
    try:
        size = len(reason.encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidArgumentError("close reason holds a lone surrogate (no UTF-8 form)") from None
    if size > _MAX_CLOSE_REASON:
        raise InvalidArgumentError(
            f"close reason must be at most {_MAX_CLOSE_REASON} bytes of UTF-8, got {size}"
        )

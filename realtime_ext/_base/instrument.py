"""What a client's ``telemetry=`` takes: the two interfaces through which a telemetry
package watches the core without the core naming it.

- :class:`RequestObserver`: told when each REST request starts and ends (retries included),
  with redacted facts only (the method, the URL without its query, the route below the base
  URL's path), as httpx's event hooks are told of requests.
- :class:`Instrumentation`: the object a client keeps: its request observer and the
  :class:`~realtime_ext.Extension` it attaches to each live session it opens.

``realtime_ext.telemetry.Telemetry`` (``realtime-ext[voice]``) is one; a client given none
reports nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from realtime_ext._checks import show
from realtime_ext._exceptions import InvalidArgumentError

if TYPE_CHECKING:
    import httpx

    from .extensions import Extension

__all__ = [
    "Extensible",
    "Instrumentation",
    "RequestEnded",
    "RequestObserver",
    "attach_instrumentation",
    "checked_instrumentation",
]

RequestEnded = Callable[[int | None, BaseException | None], None]
"""``ended(status, error)``: the request ended with the response's status (``None``: no
response) or the error it raised (``None``: a response handed back)."""


class RequestObserver(Protocol):
    """Told of each REST request a client sends (one call per request, its retries
    included).

    Example::

        class Count:
            def __init__(self) -> None:
                self.started = 0

            def request_started(self, method, url, route):
                self.started += 1
                return None  # not told of the end
    """

    def request_started(self, method: str, url: httpx.URL, route: str, /) -> RequestEnded | None:
        """A request starts: ``method``, ``url`` (no query, no fragment, no credentials:
        nothing secret) and ``route`` (its path below the base URL's, e.g.
        ``/realtime/calls/rtc_1/hangup``). May return a function called once when it ends.

        Example::

            def request_started(self, method, url, route):
                return lambda status, error: print(method, route, status)
        """
        ...


@runtime_checkable
class Instrumentation(Protocol):
    """What a client's (or ``connect()``'s) ``telemetry=`` takes: how REST requests are
    observed and what is attached to each live session.

    Example::

        client = RealtimeClient(telemetry=Telemetry())  # realtime_ext.telemetry's
    """

    @property
    def requests(self) -> RequestObserver | None:
        """The observer of the client's REST requests (``None``: none).

        Example::

            observer = telemetry.requests
        """
        ...

    def session_extension(
        self, *, now: Callable[[], float], url: str, kind: str = "realtime"
    ) -> Extension | None:
        """The extension to attach to a live session the client opens (``None``: none);
        ``now`` is the session's clock, ``url`` its WebSocket URL (``""`` when it has none),
        ``kind`` its protocol: ``"realtime"`` (the Realtime API), ``"translation"`` (a
        translation session) or ``"live"`` (a GPT-Live socket: ``client.live.connect``, a
        sideband, a fork), whose events differ.

        Example::

            ext = telemetry.session_extension(now=time.monotonic, url="wss://...")
        """
        ...


class Extensible(Protocol):
    """A live session that takes extensions (a connection, a WebRTC call)."""

    def add_extension(self, extension: Extension, /) -> Any: ...


def attach_instrumentation(
    session: Extensible,
    telemetry: Instrumentation | None,
    *,
    kind: str = "realtime",
    now: Callable[[], float] = time.monotonic,
    url: str = "",
) -> Extension | None:
    """Attach what ``telemetry`` measures a live session with to ``session`` and return it
    (``None``: no telemetry, or it measures nothing here). The one way every entry point
    (``client.connect``, ``client.translations.connect``, ``client.live.connect``, a WebRTC
    call) attaches the client's :class:`Instrumentation`; a feature opening sessions for a
    client does the same with ``client.telemetry``. ``kind``, ``now`` and ``url``: as
    :meth:`Instrumentation.session_extension` takes them.

    Example::

        attach_instrumentation(call, client.telemetry, kind="live")
    """
    if telemetry is None:
        return None
    extension = telemetry.session_extension(now=now, url=url, kind=kind)
    if extension is not None:
        session.add_extension(extension)
    return extension


def checked_instrumentation(telemetry: object) -> Instrumentation | None:
    """A ``telemetry=`` argument, checked: ``None`` or an :class:`Instrumentation`.

    Example:
        >>> checked_instrumentation(None) is None
        True
    """
    if telemetry is None:
        return None
    if (
        isinstance(telemetry, bool | type)
        or not isinstance(telemetry, Instrumentation)
        or not callable(telemetry.session_extension)
    ):
        raise InvalidArgumentError(
            "telemetry must be None or an Instrumentation such as "
            f"realtime_ext.telemetry.Telemetry(), not {show(telemetry)}"
        )
    return telemetry

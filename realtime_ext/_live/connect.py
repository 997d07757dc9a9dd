"""GPT-Live's sockets, checked before they open: the options, the ``session.start`` each
entry point builds from its keywords, and the plan :mod:`.connection_async` opens.

The three sockets (primary, sideband, fork) are the one ``AsyncLiveConnection`` configured
by a :class:`~realtime_ext.conversation.ConversationProtocol` (``LIVE``, ``LIVE_SIDEBAND``,
``LIVE_FORK``). Their sessions are checked here, against the very models the typed send
checks ``session.start`` with (the server rejects unknown fields; so does this), and the
checked event is what goes on the wire: checked once. The plan opens where every kind's
does (``open_started``): ``session.start`` sent (the primary and fork sockets),
``session.started`` received, then the plan's tools attached; :func:`connect_live` returns
the open connection (blocking), :func:`aconnect_live` an :class:`AsyncLiveConnect` to
``await`` or ``async with``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import partial
from ssl import SSLContext
from typing import Any, Literal, Protocol, TypedDict, cast

from realtime_ext._base.connection_async import open_started
from realtime_ext._base.connection_sync import open_started as open_sync_started
from realtime_ext._base.instrument import checked_instrumentation
from realtime_ext._base.keywords import RECONNECT_KEYWORDS, WEBSOCKET_KEYWORDS, checked_options
from realtime_ext._base.policy import ReconnectPolicy
from realtime_ext._base.protocol import ConversationProtocol
from realtime_ext._base.reconnect import OnReconnected, OnReconnecting
from realtime_ext._base.reconnect_args import reconnect_policy
from realtime_ext._base.socket_options import (
    Prepared,
    SessionPlan,
    prepare_socket,
    websocket_options,
)
from realtime_ext._base.tool_handler import DEFAULT_TOOL_TIMEOUT, ToolHandler
from realtime_ext._clock import Clock
from realtime_ext._config import check_seconds
from realtime_ext._exceptions import InvalidArgumentError, ToolDefinitionError
from realtime_ext._opening import PlanOpening
from realtime_ext._route import Route

from .carry import LiveCarry, LiveCarryMode
from .connection_async import AsyncLiveConnection
from .connection_sync import LiveConnection
from .kind import LIVE

DEFAULT_LIVE_SESSION_DURATION = 115 * 60.0
"""Seconds before a GPT-Live conversation moves to a new session at a quiet point (default
``max_session_duration``): below the API's two-hour expiry."""


class LiveConnectOptions(TypedDict, total=False):
    """The options of ``client.live.connect``, ``client.live.sideband.connect`` and
    ``client.live.forks.connect``: the socket's limits and ``websockets`` options, as
    :class:`~realtime_ext.connection.ConnectOptions` documents them (same defaults, in
    :data:`~realtime_ext.connection.CONNECT_DEFAULTS`). ``open_timeout`` also bounds the
    wait for ``session.started``. Reconnect is on by default with the keywords of
    ``client.connect`` (``max_retries``, ``reconnect_delay``, ``max_reconnect_delay``,
    ``on_reconnecting``, ``on_reconnected``, ``max_queued_bytes``, ``clock``): a stored
    session goes on by fork, an unstored one starts again with its history (``carry``); a
    sideband attaches again. ``max_session_duration`` (default ``6900.0``, under the
    two-hour expiry; ``None``: never) moves the conversation at a quiet point.

    Example::

        options: LiveConnectOptions = {"ping_interval": None}
        async with client.live.connect(model="gpt-live-1", **options) as conn:
            ...
    """

    max_size: int | None
    max_queue: int | None
    open_timeout: float | None
    extra_query: Mapping[str, str] | None
    close_timeout: float | None
    ping_interval: float | None
    ping_timeout: float | None
    compression: Literal["deflate"] | None
    ssl: SSLContext | None
    proxy: str | Literal[True] | None
    max_retries: int
    on_reconnecting: OnReconnecting | None
    on_reconnected: OnReconnected | None
    reconnect_delay: float
    max_reconnect_delay: float
    max_queued_bytes: int
    clock: Clock | None
    carry: LiveCarryMode
    """What an unstored session starts again with (default ``"history"``: the most recent
    transcripts within 128 items / about 8,192 tokens; ``"session"``: none; or a function
    of the history's ``input`` items choosing them). A stored session is forked: it has
    the whole conversation."""
    max_session_duration: float | None


_LISTS = ("input", "triggers")
_NOT_LISTS = (str, bytes, Mapping)


def live_session(**fields: object) -> dict[str, Any]:
    """The session object of the keywords given (``None``: not set), as openai's
    ``SessionConfigParam`` names them."""
    session: dict[str, Any] = {}
    for name, value in fields.items():
        if value is None:
            continue
        if name in _LISTS and isinstance(value, Iterable) and not isinstance(value, _NOT_LISTS):
            value = list(cast("Iterable[object]", value))  # any iterable of items, as openai's
        session[name] = value
    return session


def live_plan(
    protocol: ConversationProtocol,
    *,
    session: Mapping[str, Any] | None,
    session_id: str | None,
    route: Route,
    headers: Mapping[str, str] | None,
    options: Mapping[str, Any],
    graceful_close: bool | None = None,
    tools: ToolHandler | None = None,
    tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT,
    telemetry: object = None,
) -> SessionPlan:
    """Every argument of a GPT-Live entry point checked before anything opens."""
    measured = checked_instrumentation(telemetry)
    if tools is not None and not isinstance(tools, ToolHandler):
        raise ToolDefinitionError(
            "tools= takes a realtime_ext.tools.ToolRegistry (add functions with "
            f"@registry.register), got {type(tools).__name__}"
        )
    tool_timeout = check_seconds(tool_timeout, "tool_timeout")
    duration_given = "max_session_duration" in options
    given = checked_options(options, LiveConnectOptions)
    carry_mode = given.pop("carry")
    retry = {name: given.pop(name) for name in RECONNECT_KEYWORDS if name in given}
    if not duration_given:
        retry["max_session_duration"] = DEFAULT_LIVE_SESSION_DURATION
    ws = websocket_options(**{name: given.pop(name) for name in WEBSOCKET_KEYWORDS})
    if graceful_close is not None and not isinstance(graceful_close, bool):
        raise InvalidArgumentError(f"graceful_close must be a bool, got {graceful_close!r}")
    query = [] if graceful_close is None else [("graceful_close", str(graceful_close).lower())]
    # The client's route: its base (OpenAI's, Azure's /openai/v1, a gateway), its query and
    # its credentials, asked again at each open.
    url = route.socket_url(protocol.url_path(session_id), query, given.pop("extra_query"))
    start = None if protocol.start is None else protocol.start_event(session or {})
    prepared = prepare_socket(url, route, headers=headers, options=ws, **given)
    policy = _policy(protocol, prepared, carry_mode, retry)
    return SessionPlan(prepared, protocol, start, policy, measured, tools, tool_timeout)


def _policy(
    protocol: ConversationProtocol,
    prepared: Prepared,
    carry: LiveCarryMode,
    retry: dict[str, Any],
) -> ReconnectPolicy:
    """The reconnect policy: ``client.connect``'s keywords, checked the same way, with the
    GPT-Live carry (a fork or a restart); a sideband attaches again to its session."""
    rejoins = protocol.start is None
    if rejoins:
        retry["max_session_duration"] = None  # its session is the call's
    policy = reconnect_policy(
        prepared, carry="session", carry_max_items=None, carry_max_chars=None, **retry
    )
    if not rejoins:
        sessions = socket_url_sessions(prepared.url)
        return replace(policy, carry=LiveCarry(carry, sessions_url=sessions))
    if carry != "history":
        raise InvalidArgumentError("carry does not apply to a sideband: it rejoins its session")
    return replace(policy, rejoins=True)


def socket_url_sessions(url: str) -> str:
    """The primary socket's URL (``.../live/sessions``) of a primary or fork URL."""
    head, sep, _ = url.partition(LIVE.path + "/")
    return head + LIVE.path if sep else url


class _Answering(Protocol):
    def run_tools(self, registry: ToolHandler, *, timeout: float | None = ...) -> object: ...


def _tools(plan: SessionPlan) -> Callable[[_Answering], object] | None:
    """What attaches the plan's tools once the session has started: delegations are
    answered from the first one on."""
    tools, timeout = plan.tools, plan.tool_timeout
    if tools is None:
        return None
    return lambda conn: conn.run_tools(tools, timeout=timeout)


class AsyncLiveConnect(PlanOpening[SessionPlan, AsyncLiveConnection]):
    """What ``client.live.connect(...)`` (and the sideband's and forks') returns on asyncio:
    ``await`` it, or use it with ``async with`` (the session is ended on exit).

    Example::

        async with client.live.connect(model="gpt-live-1") as conn:
            ...
    """

    async def _open(self) -> AsyncLiveConnection:
        # Not under one handshake turn as a whole: the open waits for session.started (the
        # socket's own handshake takes a turn).
        plan = self._plan
        session = partial(AsyncLiveConnection, protocol=plan.protocol)
        return await open_started(session, plan, _tools(plan))


def aconnect_live(plan: SessionPlan) -> AsyncLiveConnect:
    """The asyncio opening of ``plan`` (opens on ``await`` or ``async with``)."""
    return AsyncLiveConnect(plan)


def connect_live(plan: SessionPlan) -> LiveConnection:
    """``plan``'s connection, open and started (blocking)."""
    session = partial(LiveConnection, protocol=plan.protocol)
    return open_sync_started(session, plan, _tools(plan))

# generated from realtime_ext/_live/sockets_async.py by scripts/gen_sync.py; do not edit
"""``client.live``'s sockets (asyncio): ``connect``, ``sideband.connect`` and ``forks.connect``,
openai's names, each opened with the client's key, URLs and headers.

The blocking twin (``sockets_sync``) is generated from this one by
``scripts/gen_sync.py``: edit this one. The three open the one ``LiveConnection``,
configured for its socket (``LIVE``, ``LIVE_SIDEBAND``, ``LIVE_FORK``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from realtime_ext._base.protocol import ConversationProtocol
from realtime_ext._base.socket_options import SessionPlan
from realtime_ext._base.tool_handler import DEFAULT_TOOL_TIMEOUT, ToolHandler
from realtime_generated.sends import Params

from .connect import LiveConnectOptions, connect_live, live_plan, live_session
from .delay import delegation_with_delay
from .kind import LIVE, LIVE_FORK, LIVE_SIDEBAND

if TYPE_CHECKING:
    from realtime_ext._live.connection_sync import LiveConnection

__all__ = ["Forks", "LiveSockets", "Sideband"]

Settings = Callable[[Mapping[str, str] | None, Mapping[str, Any]], dict[str, Any]]
"""The client's keywords for a socket, given the call's ``extra_headers`` and options (the
client's ``_socket_keywords``, as every entry point gets them): ``route`` (its URLs, query
and credentials), ``headers`` and ``telemetry`` (what measures the sessions), with the
options, ``clock`` defaulting to the client's. A client setting given as an option is
refused."""


class _Opener:
    """What the three namespaces share: the client's settings, turned into a plan."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def _plan(
        self,
        protocol: ConversationProtocol,
        *,
        session: Mapping[str, Any] | None,
        session_id: str | None,
        extra_headers: Mapping[str, str] | None,
        options: Mapping[str, Any],
        graceful_close: bool | None = None,
        tools: ToolHandler | None = None,
        tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT,
    ) -> SessionPlan:
        keywords = self._settings(extra_headers, options)
        route, headers = keywords.pop("route"), keywords.pop("headers")
        telemetry = keywords.pop("telemetry", None)
        return live_plan(
            protocol,
            session=session,
            session_id=session_id,
            route=route,
            headers=headers,
            options=keywords,
            graceful_close=graceful_close,
            tools=tools,
            tool_timeout=tool_timeout,
            telemetry=telemetry,
        )


class Sideband(_Opener):
    """``client.live.sideband``: a trusted server's socket on a running GPT-Live session."""

    def connect(
        self,
        *,
        session_id: str,
        graceful_close: bool | None = None,
        tools: ToolHandler | None = None,
        tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT,
        extra_headers: Mapping[str, str] | None = None,
        **options: Unpack[LiveConnectOptions],
    ) -> LiveConnection:
        """Attach to the running session ``session_id`` (``/live/sessions/{id}/attach``; a
        WebRTC, SIP or WebSocket session): returns once its ``session.started`` (replayed
        to every sideband) is in; no ``session.start`` is sent. ``graceful_close``: as
        openai's (the ``graceful_close`` query parameter). Options as ``client.live.connect``.

        Example::

            with client.live.sideband.connect(session_id=session_id) as conn:
                conn.instructions("The caller is a premium customer.")
        """
        plan = self._plan(
            LIVE_SIDEBAND,
            session=None,
            session_id=session_id,
            extra_headers=extra_headers,
            options=options,
            graceful_close=graceful_close,
            tools=tools,
            tool_timeout=tool_timeout,
        )
        return connect_live(plan)


class Forks(_Opener):
    """``client.live.forks``: a stored GPT-Live session continued on a new socket."""

    def connect(
        self,
        *,
        session_id: str,
        audio: Params | None = None,
        client: Params | None = None,
        delegation: Params | None = None,
        store: bool | None = None,
        acknowledgement_delay_ms: int | None = None,
        tools: ToolHandler | None = None,
        tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT,
        extra_headers: Mapping[str, str] | None = None,
        **options: Unpack[LiveConnectOptions],
    ) -> LiveConnection:
        """Fork the stored session ``session_id`` (``/live/sessions/{id}/fork``) and start
        it with the overrides given (openai's ``ForkSessionConfig``: ``audio``, ``client``,
        ``delegation``, ``store``; none given sends ``{}``, which inherits everything:
        model, voice, instructions and the conversation so far;
        ``acknowledgement_delay_ms`` as ``client.live.connect``'s). Returns once
        ``session.started`` is in. Options as ``client.live.connect``.

        Example::

            with client.live.forks.connect(session_id=stored_id) as conn:
                conn.commentary("Welcome back.")
        """
        # A fork overrides a Responses delegation only (its type cannot change).
        delegation = delegation_with_delay(delegation, acknowledgement_delay_ms, kind="responses")
        session = live_session(audio=audio, client=client, delegation=delegation, store=store)
        plan = self._plan(
            LIVE_FORK,
            session=session,
            session_id=session_id,
            extra_headers=extra_headers,
            options=options,
            tools=tools,
            tool_timeout=tool_timeout,
        )
        return connect_live(plan)


class LiveSockets(_Opener):
    """``client.live``'s sockets: :meth:`connect`, :attr:`sideband`, :attr:`forks`.

    Example::

        with client.live.connect(model="gpt-live-1", instructions="Be brief.") as conn:
            conn.commentary("Tell the user their package arrives on Friday.")
    """

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.sideband: Sideband = Sideband(settings)
        self.forks: Forks = Forks(settings)

    def connect(
        self,
        *,
        model: str,
        instructions: str | None = None,
        audio: Params | None = None,
        delegation: Params | None = None,
        input: Iterable[Params] | None = None,  # openai's name
        store: bool | None = None,
        client: Params | None = None,
        safety_identifier: str | None = None,
        triggers: Iterable[Params] | None = None,
        acknowledgement_delay_ms: int | None = None,
        tools: ToolHandler | None = None,
        tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT,
        extra_headers: Mapping[str, str] | None = None,
        **options: Unpack[LiveConnectOptions],
    ) -> LiveConnection:
        """Open GPT-Live's primary WebSocket (``wss://.../v1/live/sessions``, no query) and
        start the session: ``session.start`` is built from the keywords (openai's
        ``SessionConfig``: ``model``, ``instructions``, ``audio`` ({``format``, ``output``:
        {``voice``}}), ``delegation``, ``input``, ``store``, ``client``,
        ``safety_identifier``, ``triggers``; ``acknowledgement_delay_ms``, the milliseconds
        the model waits before acknowledging a delegation aloud, goes where openai's types
        hold it: in ``delegation``, the application's when none is given), checked before
        anything opens as strictly as
        the server checks it (an unknown or mistyped field raises ``InvalidEventError``
        naming it), and sent first; the connection is returned once ``session.started`` is
        in (``conn.started``, ``conn.session_id``). A server ``error`` instead raises
        ``RealtimeServerError``. ``tools``: a ``ToolRegistry`` that answers the session's
        delegations from the start, as ``conn.run_tools(tools, timeout=tool_timeout)`` (client
        and Responses delegation). ``**options``: :class:`LiveConnectOptions` (limits and
        WebSocket options; ``open_timeout`` also bounds the wait for ``session.started``).

        Example::

            with client.live.connect(
                model="gpt-live-1",
                audio={"format": {"type": "audio/pcm", "rate": 24000}},
            ) as conn:
                conn.commentary("Tell the user their package arrives on Friday.")
                closed = conn.close()
        """
        session = live_session(
            model=model,
            instructions=instructions,
            audio=audio,
            delegation=delegation_with_delay(delegation, acknowledgement_delay_ms),
            input=input,
            store=store,
            client=client,
            safety_identifier=safety_identifier,
            triggers=triggers,
        )
        plan = self._plan(
            LIVE,
            session=session,
            session_id=None,
            extra_headers=extra_headers,
            options=options,
            tools=tools,
            tool_timeout=tool_timeout,
        )
        return connect_live(plan)

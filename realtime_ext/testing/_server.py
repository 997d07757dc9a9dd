"""``FakeRealtimeServer``: REST and WebSocket on one 127.0.0.1 port, sync or async.

Design: a plain :func:`asyncio.start_server` reads each HTTP request head itself. Upgrade
requests go to the ``websockets`` sans-I/O protocol (handshake, framing, size limits);
everything else is answered as REST. ``websockets.serve`` alone cannot do this because its
``process_request`` hook never sees request bodies (it refuses them), and one port matters
because clients derive the WebSocket URL from the REST base URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import ssl
import threading
import time
from collections.abc import Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs, urlencode, urlsplit

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import get_logger

from . import _cors
from ._auth import KeyCheck, authenticate, make_check, presented_key
from ._azure import AzureClientEvents, AzureMode
from ._call_sessions import CallSession
from ._calls import FakeCall
from ._cassette import Cassette, CassetteError, CassetteWriter, public_url
from ._conversation import FakeConversation
from ._events import JSON, error_event
from ._faults import Faults
from ._gateway import GatewayMode
from ._http import (
    MAX_HEAD,
    HttpError,
    RecordedRequest,
    Response,
    make_record,
    parse_head,
    read_body,
    serialize,
)
from ._ids import new_id
from ._incoming import WebhookDelivery, deliver, incoming_body, ring
from ._json import json_copy
from ._limits import ServerLimits
from ._live import LiveClock, live_clock_of
from ._live_phone import PhoneLines
from ._live_session import live_session_cap
from ._live_sessions import LIVE_PATHS, LiveSessions
from ._live_store import LiveStore
from ._live_webrtc import LivePeers
from ._log import DEFAULT_MAX_BYTES, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_ITEMS, BoundedLog
from ._replay import CassetteReplay, Timing, parse_timing
from ._rest import RestApi
from ._routes import (
    Close,
    MessageHandler,
    OpenedSocket,
    Opener,
    Query,
    Send,
    SocketRoute,
    answer_client_message,
    check_close_code,
)
from ._scenario import IncomingCall, Scenario
from ._script import MAX_AUDIO_MS, Script
from ._session import (
    DEFAULT_MODEL,
    SESSION_TTL_SECONDS,
    realtime_session,
    session_expired_message,
    transcription_session,
)
from ._tls import (
    HANDSHAKE_FAILURE_ALERT,
    PLAIN_PORT_HINT,
    Certificate,
    is_client_hello,
    make_certificate,
)
from ._translation import TRANSLATION_PATHS, TranslationSecrets, translation_route
from ._translation_webrtc import TranslationCalls
from ._webrtc import WebRtcCalls
from ._websocket import WebSocket

if TYPE_CHECKING:
    from ._proxy import Recorder

logger = get_logger("realtime_ext.testing")


def _load_scenario(
    scenario: Scenario | str | os.PathLike[str] | Mapping[str, Any] | None,
) -> Scenario | None:
    if scenario is None or isinstance(scenario, Scenario):
        return scenario
    if isinstance(scenario, Mapping):
        return Scenario.from_dict(scenario)
    return Scenario.load(scenario)


def _upstream_context(cafile: str | os.PathLike[str] | None) -> ssl.SSLContext:
    # The recording proxy (httpx, websockets' client) is imported only by a server that
    # records: every `serve-fake` process paid for it at start, and the fault tests start
    # dozens of them.
    from ._proxy import upstream_context

    return upstream_context(cafile)


def _session_cap(given: float | None, scenario: float | None) -> float | None:
    """The session cap: ``given``, else the scenario's, else the API's 60 minutes; 0 or
    infinity: none."""
    if given is not None and (
        isinstance(given, bool) or not isinstance(given, int | float) or not given >= 0
    ):
        raise InvalidArgumentError(f"max_session_seconds must be a number >= 0, got {given!r}")
    cap = given if given is not None else scenario if scenario is not None else None
    if cap is None:
        return float(SESSION_TTL_SECONDS)
    return None if cap == 0 or math.isinf(cap) else float(cap)


def _check_speech(text: object, speech_ms: object) -> None:
    """What a caller says, checked (``caller_says``, ``live_caller_says``)."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidArgumentError(f"text must be a non-empty string, got {text!r}")
    if isinstance(speech_ms, bool) or not isinstance(speech_ms, int):
        raise InvalidArgumentError(f"speech_ms must be an int, got {speech_ms!r}")
    if not 100 <= speech_ms <= MAX_AUDIO_MS:
        raise InvalidArgumentError(f"speech_ms must be 100..{MAX_AUDIO_MS}, got {speech_ms}")


DEFAULT_MAX_MESSAGE_SIZE = 16 * 2**20
RecordMode = Literal["none", "once", "new_episodes", "all"]
RECORD_MODES: tuple[RecordMode, ...] = ("none", "once", "new_episodes", "all")
_REALTIME_PATHS = ("/v1/realtime", "/realtime")


def _request_size(record: RecordedRequest) -> int:
    return len(record.body) + 256  # the body, and roughly its line and headers


@dataclass
class ConnectionRecord:
    """One WebSocket connection: where it went and the client events it sent."""

    path: str
    query: dict[str, list[str]]
    headers: Mapping[str, str] = field(repr=False)
    events: list[JSON] = field(default_factory=list[JSON])
    closed: bool = False
    """Whether the connection has ended (its record may then be let go, oldest first)."""


class FakeRealtimeServer:
    """A local stand-in for the OpenAI Realtime API (WebSocket + REST) on 127.0.0.1.

    Server VAD is on, as on the API: input audio is heard, committed and answered when the
    session's ``turn_detection`` asks for it; ``vad=False`` turns it off for every session.
    A response ends with ``response.done`` and, on OpenAI's route, ``rate_limits.updated``
    after it, as recorded from the API (none on Azure's: ``azure=``);
    ``rate_limits_updated=False`` (or ``True``) sends it on neither (or both), as does
    ``server.script.report_rate_limits(...)``. GPT-Live sessions run on the wall clock
    (``live_clock="test"``: at a test's speed).

    >>> from realtime_ext import RealtimeClient
    >>> with FakeRealtimeServer() as server:
    ...     server.script.next_response(text="Hi")
    ...     client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
    ...     with client, client.connect(model="gpt-realtime") as conn:
    ...         conn.response.create()
    ...         done = conn.run_until("response.done")
    >>> done.response.status == "completed"
    True
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        accept_key: KeyCheck | None = None,
        model: str = DEFAULT_MODEL,
        max_message_size: int | None = DEFAULT_MAX_MESSAGE_SIZE,
        tls: bool = False,
        scenario: Scenario | str | os.PathLike[str] | Mapping[str, Any] | None = None,
        cassette: str | os.PathLike[str] | None = None,
        record_mode: RecordMode = "none",
        upstream: str | None = None,
        cassette_timing: Timing = "compressed",
        scrub: Iterable[str] = (),
        max_logged: int = DEFAULT_MAX_ITEMS,
        max_logged_bytes: int = DEFAULT_MAX_BYTES,
        max_logged_connections: int = DEFAULT_MAX_CONNECTIONS,
        vad: bool = True,
        rate_limits_updated: bool | None = None,
        upstream_ca: str | os.PathLike[str] | None = None,
        limits: ServerLimits | None = None,
        max_session_seconds: float | None = None,
        cors_origins: Iterable[str] = (),
        azure: AzureMode | bool | None = None,
        live_session_seconds: float | None = None,
        state_dir: str | os.PathLike[str] | None = None,
        live_clock: LiveClock | None = None,
        gateway: GatewayMode | None = None,
    ) -> None:
        if azure is not None and not isinstance(azure, AzureMode | bool):
            raise InvalidArgumentError(
                f"azure must be an AzureMode, True or None, got {type(azure).__name__}"
            )
        self.azure: AzureMode | None = AzureMode() if azure is True else azure or None
        """Azure OpenAI's paths, deployments, credentials and errors
        (:class:`~realtime_ext.testing.AzureMode`), or ``None``: OpenAI's."""
        if gateway is not None and not isinstance(gateway, GatewayMode):
            raise InvalidArgumentError(
                f"gateway must be a GatewayMode or None, got {type(gateway).__name__}"
            )
        if gateway is not None and self.azure is not None:
            raise InvalidArgumentError("pass azure= or gateway=, not both: one host's rules")
        self.gateway: GatewayMode | None = gateway
        """An OpenAI-compatible gateway's prefix, paths and key header
        (:class:`~realtime_ext.testing.GatewayMode`), or ``None``."""
        if max_message_size is not None and max_message_size <= 0:
            raise InvalidArgumentError(
                f"max_message_size must be positive or None, got {max_message_size}"
            )
        if not 0 <= port <= 65535:
            raise InvalidArgumentError(f"port must be in 0..65535, got {port}")
        if limits is not None and not isinstance(limits, ServerLimits):
            raise TypeError(f"limits must be a ServerLimits, got {type(limits).__name__}")
        self.limits: ServerLimits = limits or ServerLimits()
        if isinstance(cors_origins, str):
            cors_origins = (cors_origins,)
        self.cors: _cors.CorsPolicy = _cors.CorsPolicy(cors_origins)
        """The page origins served (CORS, and WebSocket handshakes that send ``Origin``):
        this machine's (``http(s)://localhost``, ``127.0.0.1``, ``[::1]``, any port) and
        ``cors_origins`` (``"*"``: any page)."""
        self._open = 0
        self.connections_refused: int = 0
        """Connections answered 503 because ``limits.max_connections`` were being served."""
        self.host = host
        self.tls = tls
        self.certificate: Certificate | None = None
        self.tls_refused: int = 0
        """TLS handshakes answered with an alert on the plain port (clients using wss://)."""
        self.model = model
        self.max_message_size = max_message_size
        self.script: Script = Script()
        self.script.detect_speech(vad)
        if rate_limits_updated is not None:
            self.script.report_rate_limits(rate_limits_updated)
        self.faults: Faults = Faults()
        self.scenario: Scenario | None = _load_scenario(scenario)
        self.max_session_seconds: float | None = _session_cap(
            max_session_seconds,
            self.scenario.max_session_seconds if self.scenario is not None else None,
        )
        """How long a WebSocket session lasts before the server ends it as the API does at
        its maximum duration (``None``: never)."""
        self.sessions_expired: int = 0
        """Sessions ended because they reached ``max_session_seconds``."""
        self.replay: CassetteReplay | None = None
        self.recorder: Recorder | None = None
        self._cassette_plan: tuple[str, bool, bool] | None = None
        if cassette is not None:
            self._plan_cassette(str(cassette), record_mode, upstream, cassette_timing)
        elif record_mode != "none" or upstream is not None:
            raise InvalidArgumentError("record_mode= and upstream= need cassette=")
        self._upstream = upstream
        if upstream_ca is not None and upstream is None:
            raise InvalidArgumentError("upstream_ca= needs upstream=")
        # Verification is always on; upstream_ca= adds a private upstream's CA to the trust.
        self._upstream_ssl = _upstream_context(upstream_ca) if upstream is not None else None
        self._scrub = tuple(scrub)
        self.webhook_deliveries: list[WebhookDelivery] = []
        """Webhooks POSTed for the scenario's incoming calls (status or error of each)."""
        self.call_sessions: dict[str, CallSession] = {}
        if max_logged_connections < 1:
            raise InvalidArgumentError(
                f"max_logged_connections must be at least 1, got {max_logged_connections}"
            )
        self.connections: list[ConnectionRecord] = []
        """The newest WebSocket connections' records: every open one, and closed ones while
        at most ``max_logged_connections`` are kept and the closed ones' client event logs
        hold at most ``max_logged_bytes`` together (the newest closed one is always kept)."""
        self.max_logged_connections: int = max_logged_connections
        self.connections_dropped: int = 0
        """Closed connections' records let go to stay within those bounds."""
        self._connection_count = 0
        self.max_logged: int = max_logged
        self.max_logged_bytes: int = max_logged_bytes
        self.requests: BoundedLog[RecordedRequest] = BoundedLog(
            max_items=max_logged, max_bytes=max_logged_bytes, size=_request_size
        )
        """The newest requests (at most ``max_logged``, bodies within ``max_logged_bytes``;
        ``requests.dropped`` counts older ones let go)."""
        self.rest: RestApi = RestApi(model)
        self.webrtc: WebRtcCalls = WebRtcCalls(
            self.rest, self.call_session, max_logged=max_logged, max_logged_bytes=max_logged_bytes
        )
        if self.scenario is not None:
            self.scenario.apply(self.script)
            for handshake in self.scenario.handshakes:
                self.faults.plan_handshake(handshake.refuse, handshake.delay_ms / 1000)
        self.socket_routes: dict[str, SocketRoute] = {
            path: self._realtime_route for path in _REALTIME_PATHS
        }
        """WebSocket endpoints by path (see :mod:`realtime_ext.testing._routes`)."""
        translation_secrets = TranslationSecrets()
        self.rest.add_route(
            translation_secrets.PATH, translation_secrets.create, translation_secrets.by_key
        )
        self.translation_calls: TranslationCalls = TranslationCalls(
            translation_secrets.by_key,
            self.script,
            max_logged=max_logged,
            max_logged_bytes=max_logged_bytes,
        )
        """Translation calls over WebRTC (``POST /v1/realtime/translations/calls``) by id."""
        translations = translation_route(self.script, translation_secrets.by_key)
        self.socket_routes.update(dict.fromkeys(TRANSLATION_PATHS, translations))
        self.live_session_seconds: float | None = live_session_cap(live_session_seconds)
        """How long a GPT-Live session lasts before it ends with ``session.closed``
        (``expired``): two hours, as on the API, unless given (``None``: never)."""
        if state_dir is not None and not isinstance(state_dir, str | os.PathLike):
            raise InvalidArgumentError(
                f"state_dir must be a path (str or os.PathLike), got {type(state_dir).__name__}"
            )
        self.state_dir: str | None = os.fspath(state_dir) if state_dir is not None else None
        """Where the server keeps what outlives its process: the stored GPT-Live sessions
        (``store: true``) that a server started again on the same directory forks, as the
        API keeps them across a dropped connection (``None``: in memory only)."""

        def ttl() -> float | None:  # read when used: a test may change it
            return self.live_session_seconds

        store = (
            LiveStore.in_dir(self.state_dir, retention=ttl)
            if self.state_dir is not None
            else LiveStore(retention=ttl)
        )
        self.live_clock: LiveClock = live_clock_of(live_clock)
        """What moves the GPT-Live sessions' timelines: ``"wall"`` (the default, as the API:
        an output frame every 100 ms of real time, whatever the input's rate) or ``"test"``
        (the input audio: each 100 ms appended is heard and answered at once, as fast as a
        test sends it). ``live_clock=``, else the environment's ``REALTIME_EXT_FAKE_LIVE_CLOCK``."""
        self.live_sessions: LiveSessions = LiveSessions(
            self.script, ttl, store, clock=self.live_clock
        )
        """GPT-Live sessions by id (sidebands, forks, SIP controls, hang-up)."""
        self._phone_lines = PhoneLines()  # the callers of Live SIP sessions
        self.socket_routes.update(dict.fromkeys(LIVE_PATHS, self.live_sessions.primary_route))
        self.live_webrtc: LivePeers = LivePeers(
            self.live_sessions, max_logged=max_logged, max_logged_bytes=max_logged_bytes
        )
        """GPT-Live WebRTC sessions (``POST /v1/live/sessions``) answered by real peers."""
        self._requested_port = port
        self._port: int | None = None
        check = make_check(api_key, accept_key)
        # Ephemeral keys minted by this server's client_secrets are accepted too (calls, WS).
        self._check: KeyCheck = lambda key: check(key) or self.rest.is_minted_key(key)
        self._server: asyncio.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        # Connections closed but not yet gone (a TLS one waits for the peer's close_notify):
        # shutdown aborts them (see _shutdown); each leaves the set once really closed.
        self._closing: set[asyncio.StreamWriter] = set()
        self._closers: set[asyncio.Task[None]] = set()
        self._sockets: list[WebSocket] = []
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None

    def __repr__(self) -> str:
        where = f"port={self._port}" if self._port else "not started"
        return f"<FakeRealtimeServer {where}>"

    # -- cassettes -------------------------------------------------------------------------
    def _plan_cassette(
        self, path: str, mode: RecordMode, upstream: str | None, timing: Timing
    ) -> None:
        if mode not in RECORD_MODES:
            raise InvalidArgumentError(
                f"record_mode must be one of {', '.join(RECORD_MODES)}, got {mode!r}"
            )
        parse_timing(timing)
        exists = os.path.exists(path) and os.path.getsize(path) > 0
        replay = mode in ("none", "new_episodes") or (mode == "once" and exists)
        record = mode in ("all", "new_episodes") or (mode == "once" and not exists)
        if replay:
            if not exists and mode == "none":
                raise CassetteError(
                    f"{path}: no such cassette, and record_mode='none' never records "
                    "(record it with record_mode='once' and an upstream)"
                )
            if exists:
                self.replay = CassetteReplay(Cassette.load(path), timing=timing)
        if record and upstream is None:
            raise InvalidArgumentError(
                f"recording {path} (record_mode={mode!r}) needs upstream=, e.g. "
                "'https://api.openai.com/v1'"
            )
        # The writer opens (and truncates) the file at start, not here.
        self._cassette_plan = (path, record, mode == "new_episodes")

    @property
    def cassette_mismatches(self) -> list[str]:
        """How the clients differed from the replayed cassette (empty when they matched)."""
        return list(self.replay.mismatches) if self.replay is not None else []

    @property
    def cassette_unplayed(self) -> list[str]:
        """What the replayed cassette holds that no client asked for (REST exchanges never
        requested, connections never opened, client events never sent); read it after the
        clients are done. The ``realtime_cassette`` fixture fails on it in record mode
        ``none``."""
        return self.replay.unplayed() if self.replay is not None else []

    @property
    def recording(self) -> bool:
        """Whether this server records to its cassette (a proxy to ``upstream``)."""
        return self.recorder is not None

    # -- addresses ------------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The bound port (raises :class:`RuntimeError` before start)."""
        if self._port is None:
            raise RuntimeError("FakeRealtimeServer is not started; use it as a context manager")
        return self._port

    @property
    def base_url(self) -> str:
        """REST base URL, e.g. ``http://127.0.0.1:PORT/v1`` (pass as ``base_url=``)."""
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{self.host}:{self.port}/v1"

    @property
    def azure_endpoint(self) -> str:
        """The Azure resource endpoint this server stands for (``azure=``), e.g.
        ``http://127.0.0.1:PORT`` (pass as ``azure_endpoint=``)."""
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{self.host}:{self.port}"

    @property
    def gateway_url(self) -> str:
        """The gateway's base URL (``gateway=``), e.g. ``http://127.0.0.1:PORT/gateway/v2``
        (a :class:`~realtime_ext.Route`'s ``base_url``); raises :class:`RuntimeError`
        without ``gateway=``."""
        if self.gateway is None:
            raise RuntimeError("gateway_url needs FakeRealtimeServer(gateway=GatewayMode(...))")
        return f"{self.azure_endpoint}{self.gateway.prefix}"

    @property
    def ws_url(self) -> str:
        """WebSocket base URL, e.g. ``ws://127.0.0.1:PORT/v1`` (append ``/realtime``)."""
        scheme = "wss" if self.tls else "ws"
        return f"{scheme}://{self.host}:{self.port}/v1"

    @property
    def tls_cert_path(self) -> str:
        """The PEM certificate clients must trust (``tls=True`` only), e.g. for Node:
        ``NODE_EXTRA_CA_CERTS=<path>``, for httpx: ``verify=server.client_ssl_context()``."""
        if self.certificate is None:
            raise RuntimeError("tls_cert_path needs FakeRealtimeServer(tls=True), started")
        return self.certificate.cert_path

    def client_ssl_context(self) -> ssl.SSLContext:
        """An :class:`ssl.SSLContext` trusting this server's certificate (``tls=True``)."""
        if self.certificate is None:
            raise RuntimeError("client_ssl_context needs FakeRealtimeServer(tls=True), started")
        return self.certificate.client_context()

    def realtime_url(self, model: str | None = None, **query: str) -> str:
        """Full WebSocket URL: ``server.realtime_url()`` -> ``ws://.../v1/realtime?model=...``."""
        params = {"model": model or self.model, **query}
        return f"{self.ws_url}/realtime?{urlencode(params)}"

    # -- recordings -----------------------------------------------------------------------
    @property
    def received(self) -> list[list[JSON]]:
        """Parsed client events, one list per WebSocket connection, in arrival order."""
        return [record.events for record in self.connections]

    @property
    def calls(self) -> dict[str, FakeCall]:
        """Calls created through ``POST /realtime/calls`` or :meth:`register_call`."""
        return self.rest.calls

    def register_call(self, call_id: str | None = None) -> FakeCall:
        """Make an incoming SIP-style call known, so accept/reject/refer/hangup succeed.

        >>> FakeRealtimeServer().register_call("rtc_abc").state
        'incoming'
        """
        return self.rest.register_call(call_id)

    def caller_says(self, call_id: str, text: str, *, speech_ms: int = 800) -> None:
        """On SIP call ``call_id`` (accepted), the caller says ``text``: ``speech_ms`` of
        voice and a pause reach the call's conversation as the phone's audio would, so
        server VAD hears a turn (``speech_started`` ... ``committed``, a response if the
        session asks) and its input transcription, if on, is ``text``. The call's
        channels (a sideband WebSocket) see what follows; no audio goes over them.

        >>> from realtime_ext import RealtimeClient
        >>> with FakeRealtimeServer() as server:
        ...     call = server.register_call()
        ...     client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
        ...     with client:
        ...         _ = client.calls.accept(call.id, session={"type": "realtime"})
        ...         with client.connect(call_id=call.id) as sideband:
        ...             server.caller_says(call.id, "I'd like to book a table.")
        ...             done = sideband.run_until("response.done")
        >>> done.response.status == "completed"
        True
        """
        _check_speech(text, speech_ms)
        call = self.rest.calls.get(call_id)
        if call is None:
            raise InvalidArgumentError(
                f"no call {call_id[:64]!r} on this server: register_call() or a scenario's "
                "calls make one"
            )
        if call.state not in ("accepted", "referred"):
            raise InvalidArgumentError(
                f"call {call.id!r} is {call.state}: its caller speaks once it is accepted"
            )
        self._run(lambda: self.call_session(call.id).caller_says(text, speech_ms))

    def live_call_incoming(
        self,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        *,
        sip_headers: Iterable[tuple[str, str]] = (),
        sip_media_security: str | None = "srtp",
    ) -> tuple[str, str]:
        """A SIP call rings: it is announced on both APIs, as one call is, and the first
        accept on either claims it. Returns ``(session_id, call_id)``: the GPT-Live
        ``live_…`` session (``POST /v1/live/sessions/{id}/accept``) and the Realtime
        ``rtc_…`` call. With ``webhook_url`` and ``webhook_secret``, the signed
        ``live.transport.incoming`` and ``realtime.call.incoming`` webhooks are POSTed there
        (in that order; each in ``webhook_deliveries``), with ``sip_media_security``.

        >>> with FakeRealtimeServer() as server:
        ...     session_id, call_id = server.live_call_incoming()
        >>> session_id[:5], call_id[:4]
        ('live_', 'rtc_')
        """
        headers = tuple(sip_headers)
        if any(
            not (
                isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
            )
            for pair in headers
        ):
            raise InvalidArgumentError("sip_headers must be (name, value) pairs of strings")
        if sip_media_security is not None and not isinstance(sip_media_security, str):
            raise InvalidArgumentError(
                "sip_media_security must be a string (e.g. 'srtp') or None, "
                f"got {sip_media_security!r}"
            )
        if (webhook_url is None) != (webhook_secret is None):
            raise InvalidArgumentError("webhook_url and webhook_secret go together")
        ids: list[str] = []

        def ring_both() -> None:
            ids.extend(
                self._ring_live(
                    None, None, headers, sip_media_security, webhook_url, webhook_secret
                )
            )

        self._run(ring_both)
        return ids[0], ids[1]

    def _ring_live(
        self,
        session_id: str | None,
        call_id: str | None,
        headers: tuple[tuple[str, str], ...],
        sip_media_security: str | None,
        webhook_url: str | None,
        webhook_secret: str | None,
    ) -> tuple[str, str]:
        """One SIP call rings both APIs (from the server's loop): its ``live_`` session and
        ``rtc_`` call, announced by their webhooks when given where."""
        call = self.rest.register_call(call_id)
        session = self.live_sessions.incoming(session_id, twin=call)
        if webhook_url is not None and webhook_secret is not None:
            live = self.live_sessions.incoming_body(session, headers, sip_media_security)
            realtime = incoming_body(call.id, headers, sip_media_security)
            hooks = ((session, live), (call.id, realtime))
            self._spawn(self._announce(webhook_url, webhook_secret, hooks))
        return session, call.id

    async def _ring_scenario_live(self, plan: IncomingCall) -> None:
        if plan.after_ms:
            await asyncio.sleep(plan.after_ms / 1000)
        self._ring_live(
            plan.session_id,
            plan.call_id,
            plan.sip_headers,
            plan.sip_media_security,
            plan.webhook_url,
            plan.webhook_secret,
        )

    def live_caller_says(self, session_id: str, text: str, *, speech_ms: int = 800) -> None:
        """On answered GPT-Live SIP session ``session_id``, the caller says ``text``:
        ``speech_ms`` of voice, then the line's silence, reach the session as the phone's
        audio would (paced twenty times faster than a real line), for as long as the
        session has something to do on its timeline (the model's answer, a delegation the
        app answers) and two seconds after. The session's transcript of the caller is
        ``text``; its sidebands see what follows (the model's words are the script's next
        response). A caller speaking again takes the line over.

        >>> with FakeRealtimeServer() as server:
        ...     server.live_caller_says("live_u0_unknown", "Hello?")
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: no answered Live SIP session 'live_u0_unknown'
        """
        _check_speech(text, speech_ms)
        live = self.live_sessions.answered_sip(session_id)
        self._run(lambda: self._phone_lines.caller_says(live, text, speech_ms))

    def live_caller_dtmf(self, session_id: str, digits: str) -> None:
        """The caller on answered Live SIP session ``session_id`` presses ``digits``: one
        ``transport.dtmf.received`` each, on the session's sidebands (from any thread).

        >>> with FakeRealtimeServer() as server:
        ...     server.live_caller_dtmf("live_u0_unknown", "1")
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: no answered Live SIP session 'live_u0_unknown'
        """
        if (
            not isinstance(digits, str)
            or not digits
            or any(d not in "0123456789*#ABCD" for d in digits)
        ):
            raise InvalidArgumentError(f"digits must be DTMF keys (0-9, *, #, A-D), got {digits!r}")
        self.live_sessions.answered_sip(session_id)
        self._run(lambda: self.live_sessions.caller_dtmf(session_id, digits))

    async def _announce(
        self, url: str, secret: str, hooks: Iterable[tuple[str, dict[str, object]]]
    ) -> None:
        for call_id, body in hooks:  # in order: Live's first, as one call rings both
            await deliver(call_id, url, secret, body, self.webhook_deliveries)

    def call_session(self, call_id: str) -> CallSession:
        """The conversation of call ``call_id`` (created on first use), shared by every
        channel attached to it: ``?call_id=`` sideband WebSockets, a WebRTC data channel.

        Raises :class:`HttpError` 404 for an unknown call. Use it from the server's loop.
        """
        session = self.call_sessions.get(call_id)
        if session is None:
            call = self.rest.calls.get(call_id)
            if call is None:
                raise HttpError(
                    404,
                    f"Call with id '{call_id[:64]}' not found.",
                    code="not_found",
                    param="call_id",
                )
            session = CallSession(call, self.script, self.model)
            session.conversation.azure = self.azure is not None
            self.call_sessions[call_id] = session
        return session

    # -- live control (callable from any thread) -------------------------------------------
    def push(self, event: JSON, *, connection: int | None = None) -> None:
        """Send a raw server event now to every open socket (or the one at ``connection``).

        >>> from realtime_ext import RealtimeClient
        >>> with FakeRealtimeServer() as server:
        ...     client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
        ...     with client, client.connect(model="gpt-realtime") as conn:
        ...         _ = conn.run_until("session.created")
        ...         server.push({"type": "rate_limits.updated", "event_id": "e1",
        ...                      "rate_limits": []})
        ...         pushed = conn.run_until("rate_limits.updated")
        >>> pushed.event_id
        'e1'
        """

        def send() -> None:
            for ws in self._targets(connection):
                ws.send_json(event)

        self._run(send)

    def send_error(
        self,
        message: str,
        *,
        type: str = "server_error",
        code: str | None = None,
        connection: int | None = None,
    ) -> None:
        """Push an ``error`` event now: ``server.send_error("overloaded")``."""
        self.push(error_event(message, type=type, code=code), connection=connection)

    def close_connections(
        self, code: int = 1000, reason: str = "", *, connection: int | None = None
    ) -> None:
        """Close open WebSockets from the server side: ``server.close_connections(1011, "x")``."""
        check_close_code(code)

        def close() -> None:
            for ws in self._targets(connection):
                ws.close(code, reason)

        self._run(close)

    def drop_connections(self, *, connection: int | None = None) -> None:
        """Cut open WebSockets now (or the one at ``connection``), frozen ones included,
        without a close frame, as a crashed server or a dead network does: the client sees
        code 1006.

        >>> from realtime_ext import APIConnectionError, RealtimeClient
        >>> with FakeRealtimeServer() as server:
        ...     client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
        ...     with client, client.connect(model="gpt-realtime", max_retries=0) as conn:
        ...         _ = conn.run_until("session.created")
        ...         server.drop_connections()
        ...         try:
        ...             conn.recv(timeout=5)
        ...         except APIConnectionError:
        ...             print("dropped")
        dropped
        """

        def drop() -> None:
            for ws in self._targets(connection, frozen=True):
                ws.abort()

        self._run(drop)

    def drop_calls(self, *, call_id: str | None = None) -> None:
        """Cut live WebRTC calls now (or the one ``call_id`` names: an ``rtc_`` call or a
        GPT-Live ``live_`` session) without a hangup: each call's ``oai-events`` data channel
        closes while its peer connection stands, as a fault does. A Python call sees a
        dropped call (code 1006), not an ended one; a hangup (``calls.hangup``) closes the
        whole peer connection instead, and ends the call.

        Example::

            with WebRTC(client).connect(model="gpt-realtime") as call:
                server.drop_calls(call_id=call.call_id)  # a drop, not a hangup
        """

        def drop() -> None:
            peers = [*self.webrtc.peers.values(), *self.live_webrtc.peers.values()]
            for live in peers:
                if call_id is None or live.call_id == call_id:
                    live.drop()

        self._run(drop)

    def freeze_connections(self, *, connection: int | None = None) -> None:
        """Freeze open WebSockets now (or the one at ``connection``): they stay open but
        nothing more is sent or answered, WebSocket pings included, as when the server
        process is stopped (SIGSTOP). The client finds out only from its keepalive or
        timeouts; the server forgets a frozen connection once the client closes it.
        ``server.faults.freeze_after(n)`` and ``freeze_mid_response()`` plan the same.

        >>> from realtime_ext import APITimeoutError, RealtimeClient
        >>> with FakeRealtimeServer() as server:
        ...     client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
        ...     with client, client.connect(model="gpt-realtime") as conn:
        ...         _ = conn.run_until("session.created")
        ...         server.freeze_connections()
        ...         conn.response.create()
        ...         try:
        ...             conn.recv(timeout=0.3)
        ...         except APITimeoutError:
        ...             print("no answer")
        ...         server.drop_connections()  # a frozen socket would hold the close 10 s
        no answer
        """

        def freeze() -> None:
            for ws in self._targets(connection):
                ws.freeze()

        self._run(freeze)

    def _expire(self, ws: WebSocket, seconds: float) -> None:
        """End a session at its maximum duration as the API does: an ``error`` event
        (``session_expired``), then a 1001 close with the same message."""
        if not ws.open:
            return
        self.sessions_expired += 1
        message = session_expired_message(seconds)
        ws.send_json(error_event(message, code="session_expired"))
        ws.close(1001, message)

    def _targets(self, connection: int | None, *, frozen: bool = False) -> list[WebSocket]:
        """The open sockets (or the one at ``connection``); ``frozen``: frozen ones too."""
        return [
            ws
            for ws in self._sockets
            if (ws.open or (frozen and ws.frozen and not ws.writer.transport.is_closing()))
            and (connection is None or ws.index == connection)
        ]

    def _run(self, action: Callable[[], None]) -> None:
        loop = self._loop
        if loop is None:
            raise RuntimeError("FakeRealtimeServer is not started")
        if self._thread is None or threading.current_thread() is self._thread:
            loop.call_soon_threadsafe(action)
            return

        async def call() -> None:
            action()

        asyncio.run_coroutine_threadsafe(call(), loop).result(timeout=10)

    # -- lifecycle ------------------------------------------------------------------------
    async def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        context = None
        if self.tls:
            self.certificate = make_certificate(self.host)
            context = self.certificate.server_context()
        self._server = await asyncio.start_server(
            self._on_client, self.host, self._requested_port, limit=MAX_HEAD, ssl=context
        )
        self._port = int(self._server.sockets[0].getsockname()[1])
        if self._cassette_plan is not None and self._cassette_plan[1]:
            path, _, append = self._cassette_plan
            assert self._upstream is not None
            writer = CassetteWriter(
                path, upstream=public_url(self._upstream), secrets=self._scrub, append=append
            )
            from ._proxy import Recorder  # see _upstream_context

            self.recorder = Recorder(self._upstream, writer, ssl_context=self._upstream_ssl)
        for plan in self.scenario.calls if self.scenario is not None else ():
            if plan.api == "live":
                self._spawn(self._ring_scenario_live(plan))
            else:
                self._spawn(ring(plan, self.register_call, self.webhook_deliveries))

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _shutdown(self) -> None:
        self._phone_lines.stop()
        await self.webrtc.close_all()
        await self.translation_calls.close_all()
        await self.live_webrtc.close_all()
        recorder, self.recorder = self.recorder, None
        for ws in self._sockets:
            ws.close(1001, "server shutting down")
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        # A TLS connection closes by waiting for the peer's close_notify, up to 30 s
        # (ssl_shutdown_timeout), and an idle pooled client never sends one; since Python 3.12
        # wait_closed() waits for every connection, so the server stopped 30 s late. A
        # stopping server owes its peers no graceful TLS goodbye: end what is left now.
        for writer in list(self._closing):
            writer.transport.abort()
        # Transports close on the next loop turn; give it one before the loop may end.
        await asyncio.sleep(0)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
        self._server = None
        if recorder is not None:
            await recorder.aclose()
            recorder.writer.close()
        if self.certificate is not None:
            self.certificate.remove()
            self.certificate = None
        self.live_sessions.store.close()  # committed: a server started again reads it

    def start(self) -> FakeRealtimeServer:
        """Run the server in a background thread with its own event loop; returns ``self``."""
        if self._loop is not None:
            raise RuntimeError("FakeRealtimeServer is already started")
        ready = threading.Event()
        failure: list[BaseException] = []

        async def main() -> None:
            self._stop = asyncio.Event()
            try:
                await self._start()
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                return
            ready.set()
            await self._stop.wait()
            await self._shutdown()

        self._thread = threading.Thread(
            target=asyncio.run, args=(main(),), name="FakeRealtimeServer", daemon=True
        )
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = self._loop = None
            raise failure[0]
        return self

    def stop(self) -> None:
        """Stop a server started with :meth:`start` (closes sockets, joins the thread)."""
        if self._thread is None or self._loop is None or self._stop is None:
            return
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()
        self._thread = self._loop = self._stop = None

    def __enter__(self) -> FakeRealtimeServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> FakeRealtimeServer:
        if self._loop is not None:
            raise RuntimeError("FakeRealtimeServer is already started")
        await self._start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._shutdown()
        self._loop = None

    # -- connections ----------------------------------------------------------------------
    @property
    def connections_open(self) -> int:
        """Connections being served now (HTTP and WebSocket; at most ``limits.max_connections``)."""
        return self._open

    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        served = self._open < self.limits.max_connections
        if served:
            self._open += 1
        # One deadline for the first request head, counted from the connection's start: a
        # peer that trickles a byte at a time holds its slot no longer than one that is silent.
        deadline = asyncio.get_running_loop().time() + self.limits.head_timeout
        try:
            if not served:
                await self._refuse_busy(reader, writer)
                return
            prefix = b""
            if not self.tls:
                try:
                    async with asyncio.timeout_at(deadline):
                        prefix = await reader.read(1)
                except TimeoutError:
                    await self._timed_out(writer, "head")
                    return
                if is_client_hello(prefix):
                    self.tls_refused += 1
                    logger.warning("fake Realtime server: %s", PLAIN_PORT_HINT)
                    writer.write(HANDSHAKE_FAILURE_ALERT)
                    await writer.drain()
                    return
            await self._serve_http(reader, writer, prefix, deadline)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            # OSError, not only ConnectionError: a peer's reset can surface as ENOTCONN.
            pass
        except asyncio.CancelledError:
            # Shutdown cancels open connections. Ending the task normally matters: asyncio's
            # start_server callback calls task.exception(), which on Python 3.11/3.12 raises
            # (and logs a traceback) for a task that ended cancelled.
            pass
        except Exception:
            logger.exception("fake Realtime server: unexpected error on a connection")
        finally:
            if served:
                self._open -= 1
            if task is not None:
                self._tasks.discard(task)
            writer.close()
            self._closing.add(writer)
            closer = asyncio.get_running_loop().create_task(self._closed(writer))
            self._closers.add(closer)  # a strong reference while it waits
            closer.add_done_callback(self._closers.discard)

    async def _closed(self, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            await writer.wait_closed()
        self._closing.discard(writer)

    async def _refuse_busy(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """Answer 503 at once to a connection beyond ``limits.max_connections``."""
        self.connections_refused += 1
        # What the client already sent is read first (briefly): closing a socket with unread
        # data resets it, and the client would see a reset instead of the 503.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(min(0.5, self.limits.head_timeout)):
                await reader.read(MAX_HEAD)
        limit = self.limits.max_connections
        busy = HttpError(
            503,
            f"The fake server is serving {limit} connections, its limit "
            "(ServerLimits.max_connections, serve-fake --max-connections); retry shortly.",
            type="server_error",
            code="server_busy",
        )
        response = Response.error(busy)
        response.headers["Retry-After"] = "1"
        writer.write(serialize(response, keep_alive=False))
        await writer.drain()

    async def _timed_out(self, writer: asyncio.StreamWriter, part: str) -> None:
        """Answer 408 to a request whose head or body missed its deadline."""
        seconds = getattr(self.limits, f"{part}_timeout")
        late = HttpError(
            408,
            f"The request {part} did not arrive within {seconds:g} s "
            f"(ServerLimits.{part}_timeout).",
            code="request_timeout",
        )
        writer.write(serialize(Response.error(late), keep_alive=False))
        await writer.drain()

    async def _serve_http(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        prefix: bytes,
        deadline: float,
    ) -> None:
        loop = asyncio.get_running_loop()
        while True:
            if not prefix and deadline < 0:  # a kept-alive connection, between requests
                try:
                    async with asyncio.timeout(self.limits.idle_timeout):
                        prefix = await reader.read(1)
                except TimeoutError:
                    return
                if not prefix:
                    return
                deadline = loop.time() + self.limits.head_timeout
            try:
                # prefix: the first byte, already read (to tell TLS from plain HTTP, or to
                # start the head's deadline on a kept-alive connection).
                async with asyncio.timeout_at(deadline):
                    head, prefix = prefix + await reader.readuntil(b"\r\n\r\n"), b""
            except asyncio.IncompleteReadError:
                return
            except TimeoutError:
                await self._timed_out(writer, "head")
                return
            deadline = -1.0
            try:
                method, target, headers = parse_head(head)
                if headers.get("upgrade", "").lower() == "websocket":
                    await self._serve_websocket(reader, writer, head, headers)
                    return
                async with asyncio.timeout(self.limits.body_timeout):
                    body = await read_body(reader, headers)
            except TimeoutError:
                await self._timed_out(writer, "body")
                return
            except HttpError as exc:
                writer.write(serialize(Response.error(exc), keep_alive=False))
                await writer.drain()
                return
            record = make_record(method, target, headers, body)
            self.requests.append(record)
            try:
                self._check_origin(headers)
                if _cors.is_preflight(method, headers):
                    response = _cors.preflight()
                else:
                    response = await self._answer(record, headers)
            except HttpError as exc:
                response = Response.error(exc)
            _cors.decorate(response, headers, self.cors)
            keep_alive = headers.get("connection", "").lower() != "close"
            writer.write(serialize(response, keep_alive=keep_alive))
            await writer.drain()
            if not keep_alive:
                return

    def _check_origin(self, headers: Mapping[str, str]) -> None:
        """Refuse (403) a request or handshake from a web page the CORS policy does not
        allow: without this, any page a developer visits could drive a fake on their
        machine (the fake takes any key, and a browser opens WebSockets to any origin)."""
        origin = self.cors.refuses(headers)
        if origin is not None:
            raise HttpError(
                403,
                f"Requests from the page origin {origin[:100]!r} are refused: the fake server "
                "answers pages on this machine only (localhost, 127.0.0.1, [::1]); allow others "
                "with FakeRealtimeServer(cors_origins=[...]) or serve-fake --cors-origin.",
                code="origin_not_allowed",
            )

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        """401 unless the request carries an accepted credential (Azure's, in Azure mode;
        the gateway's, behind one)."""
        if self.azure is not None:
            self.azure.authenticate(headers, self.rest.is_minted_key)
        elif self.gateway is not None:
            self.gateway.authenticate(headers, self.rest.is_minted_key)
        else:
            authenticate(headers, self._check)

    async def _answer(self, record: RecordedRequest, headers: Mapping[str, str]) -> Response:
        if self.replay is not None:
            self._authenticate(headers)
            recorded = self.replay.handle_http(record)
            if recorded is not None:
                return recorded
            if self.recorder is None:
                message = self.replay.explain_http(record)
                raise HttpError(404, message, code="cassette_mismatch")
        if self.recorder is not None:
            # Upstream checks the key; the proxy only forwards and records.
            return await self.recorder.http(record)
        self._authenticate(headers)
        if self.azure is not None:
            record = self.azure.request(record)  # Azure's route as the fake's own
        elif self.gateway is not None:
            record = self.gateway.request(record)  # the gateway's paths as the fake's own
        if self.translation_calls.matches(record):
            return await self.translation_calls.handle(record)
        if self.webrtc.matches(record):
            return await self.webrtc.handle(record)
        if self.live_webrtc.matches(record):
            return await self.live_webrtc.handle(record)
        if self.live_sessions.matches(record):
            return self.live_sessions.handle(record)
        return self.rest.handle(record)

    async def _serve_websocket(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        head: bytes,
        headers: dict[str, str],
    ) -> None:
        ws = WebSocket(reader, writer, self.max_message_size)
        request = ws.parse_request(head)
        if request is None:
            return
        try:
            self._check_origin(headers)
        except HttpError as exc:
            ws.refuse(exc)
            return
        parts = urlsplit(request.path)
        path, query = parts.path, parse_qs(parts.query)
        if self.azure is not None and self.replay is None and self.recorder is None:
            try:
                path, query = self.azure.route(path.rstrip("/"), query)
            except HttpError as exc:
                ws.refuse(exc)
                return
        elif self.gateway is not None and self.replay is None and self.recorder is None:
            try:
                path = self.gateway.route(path.rstrip("/"))
            except HttpError as exc:
                ws.refuse(exc)
                return
        route: SocketRoute | None = self.socket_routes.get(
            path.rstrip("/")
        ) or self.live_sessions.socket_route(path)
        replay = self.replay
        if replay is not None and (replay.has_connection(parts.path) or self.recorder is None):
            route = lambda query, headers: replay.route(parts.path, query)  # noqa: E731
        elif self.recorder is not None:
            await self.recorder.websocket(ws, request, headers, parts.path, parse_qs(parts.query))
            return
        if route is None:
            ws.refuse(HttpError(404, f"Invalid URL (GET {parts.path[:100]})"))
            return
        delay = self.faults.take_delay()
        if delay:
            await asyncio.sleep(delay)
        try:
            self._authenticate(headers)
            refusal = self.faults.take_refusal()
            if refusal is not None:
                raise refusal
            opener = route(query, headers)
        except HttpError as exc:
            ws.refuse(exc)
            return
        if not ws.accept(request):
            return
        events: BoundedLog[JSON] = BoundedLog(
            max_items=self.max_logged, max_bytes=self.max_logged_bytes
        )
        record = ConnectionRecord(parts.path, parse_qs(parts.query), headers, events)
        # Counted since the start: connection= in push() and close_connections() keeps
        # naming the same socket when older records are let go.
        ws.index = self._connection_count
        self._connection_count += 1
        self.connections.append(record)
        self._sockets.append(ws)
        opened = opener(self.faults.wrap(ws.send_json, ws.end), ws.end)
        handler: MessageHandler = opened.handler
        if self.azure is not None and self.replay is None and self.recorder is None:
            handler = AzureClientEvents(handler, self.azure, ws.send_json)

        def on_message(data: str | bytes) -> None:
            if isinstance(data, bytes):
                ws.send_json(
                    error_event(
                        "Binary messages are not supported; send JSON text.", code="invalid_value"
                    )
                )
                return
            answer_client_message(handler, data, events, ws.send_json)

        cap = self.max_session_seconds if opened.expires else None
        expiry = (
            asyncio.get_running_loop().call_later(cap, self._expire, ws, cap)
            if cap is not None
            else None
        )
        try:
            if opened.start is not None:
                opened.start()
            await ws.run(on_message)
        finally:
            if expiry is not None:
                expiry.cancel()
            self._sockets.remove(ws)
            record.closed = True
            self._release_connections()
            if opened.detach is not None:
                opened.detach()

    def _release_connections(self) -> None:
        """Let the oldest closed connections' records go while more than
        ``max_logged_connections`` are kept or the closed ones' logs exceed
        ``max_logged_bytes``: a long-running serve-fake held every connection's events
        (150 connections of 20 s audio: +195 MiB, never released)."""
        records = self.connections
        closed = [r for r in records if r.closed]
        total = sum(r.events.nbytes if isinstance(r.events, BoundedLog) else 0 for r in closed)
        for record in closed[:-1]:  # the newest closed one stays, for the test that just ran
            if len(records) <= self.max_logged_connections and total <= self.max_logged_bytes:
                return
            records.remove(record)
            if isinstance(record.events, BoundedLog):
                total -= record.events.nbytes
            self.connections_dropped += 1

    def _realtime_route(self, query: Query, headers: Mapping[str, str]) -> Opener:
        """``/v1/realtime``: a conversation of its own, or (``?call_id=``) a sideband
        channel joining that call's conversation."""
        call_id = query.get("call_id", [None])[0]
        if call_id is not None:
            hub = self.call_session(call_id)
            hub.check_joinable()

            def join(send: Send, close: Close) -> OpenedSocket:
                # Sideband: this socket joins the call's conversation (shared with its other
                # channels) instead of starting a session of its own.
                return OpenedSocket(hub.conversation, detach=hub.attach(send, close, sideband=True))

            return join
        minted = self.rest.secrets.get(presented_key(headers) or "")
        if minted is not None:
            # A socket opened with a client secret gets that secret's session, as on
            # the real API (which applies it to every session created with the key).
            session = json_copy(minted)
            session["id"] = new_id("sess")  # one secret can open several sessions
        elif query.get("intent") == ["transcription"]:
            session = transcription_session()
        else:
            session = realtime_session(query.get("model", [self.model])[0])
        if self.max_session_seconds is not None:
            # As on the API, expires_at says when the session will end.
            session["expires_at"] = int(time.time() + self.max_session_seconds)

        def open_conversation(send: Send, close: Close) -> OpenedSocket:
            conversation = FakeConversation(session, self.script, send, close)
            conversation.azure = self.azure is not None
            return OpenedSocket(conversation, start=conversation.start)

        return open_conversation

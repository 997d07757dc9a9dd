"""What every WebRTC call shares, whichever driver holds it: the options a call's peer is
made from (:class:`PeerOptions`, checked when the peer is made), the call's timings and
audio counters, the ICE servers, the body of ``POST /realtime/calls`` and the
``connect``, ``connect_live`` and ``connect_translation`` arguments of ``AsyncWebRTC(client)``
and ``WebRTC(client)`` (:class:`WebRTCBase`: the namespace each kind's call is reached by; what
a GPT-Live call's create carries is :mod:`._live_request`'s, the calls are their kinds' modules).

The peer itself is made by :func:`realtime_ext.webrtc._peer_async.establish`; the call
classes are :mod:`._async` (``AsyncRealtimeCall``) and its generated blocking twin
:mod:`._sync` (``RealtimeCall``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from realtime_ext import InvalidArgumentError
from realtime_ext.conversation import (
    DEFAULT_TOOL_TIMEOUT,
    Extension,
    LiveCarryMode,
    ToolHandler,
    checked_extensions,
    delegation_with_delay,
)
from realtime_ext.provider import short_repr

from ._audio import SAMPLE_RATE, AudioInput
from ._live_request import LiveCallRequest
from ._redial import (
    DEFAULT_CARRY_MAX_CHARS,
    DEFAULT_CARRY_MAX_ITEMS,
    DEFAULT_MAX_QUEUED_BYTES,
    DEFAULT_MAX_RECONNECT_DELAY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RECONNECT_DELAY,
    CallReconnect,
)

if TYPE_CHECKING:
    from realtime_ext import Instrumentation
    from realtime_ext.conversation import CarryMode, OnReconnected, OnReconnecting
    from realtime_ext.provider import Clock
    from realtime_ext.session.body import BodyInput

EVENTS_CHANNEL = "oai-events"
DEFAULT_CONNECT_TIMEOUT = 30.0


@dataclass(frozen=True)
class CallTimings:
    """How long setting up the call took, in seconds (``call.timings``)."""

    offer: float
    """Creating the offer (ICE gathering included)."""
    answer: float
    """``POST /realtime/calls`` until the answer is back."""
    connected: float
    """From the start until the ``oai-events`` channel is open (ICE + DTLS + SCTP)."""


@dataclass(frozen=True)
class AudioStats:
    """RTP audio counters of a call (``await call.audio_stats()``)."""

    packets_sent: int
    packets_received: int
    frames_sent: int
    """20 ms frames of ``audio_in`` sent (silence not counted)."""
    bytes_sent: int
    """PCM bytes of ``audio_in`` sent."""
    frames_received: int
    """Audio frames received and decoded."""
    bytes_received: int
    """PCM bytes (24 kHz mono) decoded from them."""


def call_session_body(model: str | None, session: BodyInput | None) -> dict[str, Any] | None:
    from realtime_ext.session.body import as_body

    if model is not None and not isinstance(model, str):
        raise InvalidArgumentError(f"model must be a str, got {type(model).__name__}")
    body = as_body(session, "session") if session is not None else {}
    if model is not None:
        if body.get("model", model) != model:
            raise InvalidArgumentError(
                f"model={model!r} contradicts session model {body['model']!r}; pass one"
            )
        body["model"] = model
    return body or None


@dataclass(frozen=True)
class PeerOptions:
    """How a call's peer is made: the arguments every ``connect`` and
    ``connect_translation``, asyncio or blocking, passes on to :func:`establish` (which
    checks them).

    Example::

        options = PeerOptions("https://api.openai.com/v1", audio_in="question.wav")
    """

    base_url: str
    audio_in: AudioInput = None
    sample_rate: int = SAMPLE_RATE
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    ice_servers: Sequence[str] | None = None
    loopback: bool | None = None


DEFAULT_STUN_SERVERS: tuple[str, ...] = ("stun:stun.l.google.com:19302",)
"""The STUN server a call to another machine uses when ``ice_servers`` is not given: aiortc's
own default, named here so it is documented and visible. It learns the machine's public
address (one UDP request to Google's server per call); pass ``ice_servers=[]`` to contact no
STUN server, or your own STUN/TURN URLs."""


def ice_server_urls(ice_servers: Sequence[str] | None, *, local: bool) -> list[str]:
    """The STUN/TURN URLs a call uses: ``ice_servers`` as given (``[]``: none), else none
    for a call to this machine and :data:`DEFAULT_STUN_SERVERS` for any other.

    Example:
        >>> ice_server_urls(None, local=True), ice_server_urls([], local=False)
        ([], [])
        >>> ice_server_urls(None, local=False)
        ['stun:stun.l.google.com:19302']
    """
    if ice_servers is None:
        return [] if local else list(DEFAULT_STUN_SERVERS)
    if isinstance(ice_servers, str):
        raise InvalidArgumentError("ice_servers must be a list of URLs, not one string")
    if not isinstance(ice_servers, Iterable):
        raise InvalidArgumentError(
            f"ice_servers must be a list of URLs or None, got {type(ice_servers).__name__}"
        )
    urls = list(cast("Iterable[object]", ice_servers))
    for url in urls:
        if not isinstance(url, str) or not url.startswith(("stun:", "stuns:", "turn:", "turns:")):
            raise InvalidArgumentError(
                f"ice_servers entries must be stun:/stuns:/turn:/turns: URLs, got {short_repr(url)}"
            )
    return cast("list[str]", urls)


@dataclass(frozen=True)
class CallRequest:
    """What a conversation call's ``POST /realtime/calls`` carries besides the offer (checked
    when the call opens)."""

    model: str | None = None
    session: BodyInput | None = None
    extra_headers: Mapping[str, str] | None = None
    reconnect: CallReconnect = field(default_factory=CallReconnect)
    extensions: tuple[Extension, ...] = ()


CallsT = TypeVar("CallsT")
CallT = TypeVar("CallT")
TranslationCallsT = TypeVar("TranslationCallsT")
TranslationCallT = TypeVar("TranslationCallT")
LiveCallT = TypeVar("LiveCallT")


class WebRTCBase(Generic[CallsT, CallT, TranslationCallsT, TranslationCallT, LiveCallT]):
    """``AsyncWebRTC(client)`` or ``WebRTC(client)``: :meth:`connect`, :meth:`connect_live`
    and :meth:`connect_translation` take a call's arguments, the driver's ``_connect``,
    ``_connect_live`` or ``_connect_translation`` opens the call
    (:class:`AsyncWebRTC`: an opening to ``await``; the blocking ``WebRTC``: the open call)."""

    _async_extensions = False
    """Whether the calls it makes may take async extensions (the asyncio driver's)."""

    def __init__(
        self,
        calls: CallsT,
        base_url: str,
        translation_calls: TranslationCallsT,
        model: str | None = None,
        *,
        live: Any = None,
        telemetry: Instrumentation | None = None,
    ) -> None:
        self._calls = calls
        self._translation_calls = translation_calls
        self._base_url = base_url
        # The client's model for a call given none: an Azure client's deployment.
        self._model = model
        # client.live, which a GPT-Live call's offer goes through (connect_live).
        self._live = live
        # The client's telemetry=, which measures each call (as it does each connection).
        self._telemetry = telemetry

    def connect(
        self,
        *,
        model: str | None = None,
        session: BodyInput | None = None,
        audio_in: AudioInput = None,
        sample_rate: int = SAMPLE_RATE,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        ice_servers: Sequence[str] | None = None,
        loopback: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        on_reconnecting: OnReconnecting | None = None,
        on_reconnected: OnReconnected | None = None,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY,
        max_reconnect_delay: float = DEFAULT_MAX_RECONNECT_DELAY,
        max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES,
        clock: Clock | None = None,
        carry: CarryMode = "history",
        carry_max_items: int | None = DEFAULT_CARRY_MAX_ITEMS,
        carry_max_chars: int | None = DEFAULT_CARRY_MAX_CHARS,
        extensions: Sequence[Extension] = (),
    ) -> CallT:
        """Start a call: offer, ``calls.create``, answer, ``oai-events`` open. On the asyncio
        client ``await`` it or ``async with`` it; on the blocking client it returns the open
        call.

        ``model``: the session's model (an Azure client's deployment when left out).
        ``audio_in``: a WAV path, mono PCM16 bytes (at ``sample_rate``, default 24 kHz), an
        async iterator of such chunks, or ``None`` (silence); silence follows the input.
        ``loopback`` (default: when the base URL is on this machine) gathers ICE on
        127.0.0.1 only. ``ice_servers``: STUN/TURN URLs; by default none for a call to this
        machine and :data:`DEFAULT_STUN_SERVERS` (Google's public STUN server, aiortc's
        default) for any other; ``[]`` contacts no STUN server. Raises
        ``WebRTCUnavailableError`` without aiortc, ``APITimeoutError`` if the call does not
        connect within ``connect_timeout`` seconds (the call is then hung up).

        Reconnect (on by default, as ``client.connect``'s, with the same keywords): when the
        peer connection fails (ICE or DTLS), is lost without the other side's goodbye, or
        ``oai-events`` closes while it stands, the call is moved to a new peer connection
        (a new offer through ``calls.create``, so a new ``call_id``; ``audio_in`` and
        ``audio_out`` go on), up to ``max_retries`` attempts with backoff,
        ``on_reconnecting``/``on_reconnected`` told, the conversation carried as
        ``carry`` says, sends made meanwhile queued (at most ``max_queued_bytes``). A
        response cut off is reported as on a WebSocket (``ResponseLostError`` or the
        ``"response.lost"`` handlers); a reconnect that fails raises ``ReconnectError``
        and ends the call. A hangup (the whole peer connection closed by the other side)
        is not reconnected. ``max_retries=0`` turns it off.

        ``extensions``: :class:`~realtime_ext.Extension` objects attached as the call opens,
        as ``client.connect``'s (``realtime_ext.voice.Voice()`` keeps the call's history,
        which ``carry`` then gives a new call; over WebRTC the server truncates the audio
        itself).

        Example::

            async with AsyncWebRTC(client).connect(model="gpt-realtime", audio_in="q.wav") as call:
                print(call.call_id)  # blocking client: with WebRTC(client).connect(...) as call
        """
        options = PeerOptions(
            self._base_url, audio_in, sample_rate, connect_timeout, ice_servers, loopback
        )
        reconnect = CallReconnect(
            max_retries,
            on_reconnecting,
            on_reconnected,
            reconnect_delay,
            max_reconnect_delay,
            max_queued_bytes,
            clock,
            carry,
            carry_max_items,
            carry_max_chars,
        )
        if model is None:
            model = self._model
        attached = checked_extensions(extensions, allow_async=self._async_extensions)
        return self._connect(
            options, CallRequest(model, session, extra_headers, reconnect, attached)
        )

    def _connect(self, options: PeerOptions, request: CallRequest) -> CallT:
        raise NotImplementedError

    def connect_live(
        self,
        *,
        model: str | None = None,
        instructions: str | None = None,
        audio: Mapping[str, Any] | None = None,
        delegation: Mapping[str, Any] | None = None,
        input: list[Mapping[str, Any]] | None = None,  # openai's name
        store: bool | None = None,
        client: Mapping[str, Any] | None = None,
        safety_identifier: str | None = None,
        triggers: list[Mapping[str, Any]] | None = None,
        idle_timeout_s: int | None = None,
        wake_policy: Mapping[str, Any] | None = None,
        acknowledgement_delay_ms: int | None = None,
        session: Mapping[str, Any] | None = None,
        tools: ToolHandler | None = None,
        tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT,
        audio_in: AudioInput = None,
        sample_rate: int = SAMPLE_RATE,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        ice_servers: Sequence[str] | None = None,
        loopback: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        on_reconnecting: OnReconnecting | None = None,
        on_reconnected: OnReconnected | None = None,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY,
        max_reconnect_delay: float = DEFAULT_MAX_RECONNECT_DELAY,
        max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES,
        clock: Clock | None = None,
        carry: LiveCarryMode = "history",
    ) -> LiveCallT:
        """Start a GPT-Live WebRTC call: offer, ``client.live.create`` (``POST
        /live/sessions``), answer, ``oai-events`` open and ``session.started`` in. On the
        asyncio client ``await`` it or ``async with`` it; on the blocking client it returns
        the open call.

        The session is ``client.live.create``'s: the same keyword fields (``model``
        required; ``audio`` takes ``output.voice``, not a ``format``: WebRTC negotiates the
        media) or openai's ``session={...}``, checked before the offer is sent. ``tools``: a
        ``ToolRegistry`` that answers the session's delegations from the start (as
        ``call.run_tools(tools, timeout=tool_timeout)``). ``audio_in``, ``sample_rate``,
        ``loopback``, ``ice_servers`` and ``connect_timeout`` are :meth:`connect`'s
        (``APITimeoutError`` when the call does not connect or start in time; it is then hung
        up). The model's audio is ``call.audio_out``; a trusted server joins with
        ``client.live.sideband.connect(session_id=call.session_id)``.

        Reconnect (on by default, with ``client.live.connect``'s keywords): when the peer
        connection fails or is lost (ICE consent expired: the server gone, about 30 s
        without an answer), or the API ends the session (``expired``, ``connection_lost``),
        the call goes on as a new session on a new peer connection, its audio moved over: a
        ``store=True`` session forked (``POST /live/sessions/{id}/fork``), an unstored one
        (or one the server no longer has) created again with its history as ``input``
        (``carry``: ``"history"``, ``"session"`` or a function choosing the items). The app
        is told (``on_reconnected``'s event: ``forked``, ``carried_input``, ``session_id``),
        text appends never acknowledged are sent again, sends made meanwhile are queued (at
        most ``max_queued_bytes``), and a reconnect that fails raises ``ReconnectError``
        (what was not confirmed listed in it) and ends the call. ``max_retries=0`` turns it
        off: a drop then raises ``APIConnectionError`` and ends the call.

        Example::

            webrtc = AsyncWebRTC(client)
            async with webrtc.connect_live(model="gpt-live-1", audio_in="q.wav") as call:
                print(call.session_id)  # blocking: with WebRTC(client).connect_live(...)
        """
        if self._live is None:
            raise InvalidArgumentError(f"this {type(self).__name__} was made without client.live")
        options = PeerOptions(
            self._base_url, audio_in, sample_rate, connect_timeout, ice_servers, loopback
        )
        fields = {
            "model": model,
            "instructions": instructions,
            "audio": audio,
            "delegation": delegation_with_delay(delegation, acknowledgement_delay_ms),
            "input": input,
            "store": store,
            "client": client,
            "safety_identifier": safety_identifier,
            "triggers": triggers,
            "idle_timeout_s": idle_timeout_s,
            "wake_policy": wake_policy,
        }
        reconnect = CallReconnect(
            max_retries,
            on_reconnecting,
            on_reconnected,
            reconnect_delay,
            max_reconnect_delay,
            max_queued_bytes,
            clock,
        )
        request = LiveCallRequest(
            fields, session, extra_headers, tools, tool_timeout, reconnect, carry
        )
        return self._connect_live(options, request)

    def _connect_live(self, options: PeerOptions, request: LiveCallRequest) -> LiveCallT:
        raise NotImplementedError

    def connect_translation(
        self,
        *,
        audio_in: AudioInput = None,
        sample_rate: int = SAMPLE_RATE,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        ice_servers: Sequence[str] | None = None,
        loopback: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TranslationCallT:
        """Start a translation call: offer, ``POST /realtime/translations/calls``
        (``client.translations.calls.create``), answer, ``oai-events`` open. On the asyncio
        client ``await`` it or ``async with`` it; on the blocking client it returns the open
        call. The client's key should be a translation client secret's ``ek_`` (the
        session, e.g. the target language, is the secret's).

        ``audio_in`` (speech to translate), ``loopback``, ``ice_servers`` and
        ``connect_timeout`` behave as for :meth:`connect` (``APITimeoutError`` when the
        call does not connect in time; the peer is closed). Translated speech is
        ``call.audio_out``; transcripts and ``session.*`` events come on the data channel.

        Example::

            async with AsyncWebRTC(client).connect_translation(audio_in="speech.wav") as call:
                recorder = call.audio_out.record()
                print("".join([t async for t in call.target_transcript(timeout=30)]))
            # blocking client: with WebRTC(client).connect_translation(...) as call
        """
        options = PeerOptions(
            self._base_url, audio_in, sample_rate, connect_timeout, ice_servers, loopback
        )
        return self._connect_translation(options, extra_headers)

    def _connect_translation(
        self, options: PeerOptions, extra_headers: Mapping[str, str] | None
    ) -> TranslationCallT:
        raise NotImplementedError

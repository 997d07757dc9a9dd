"""The Twilio bridge: one Media Stream WebSocket <-> one conversation (Realtime or
GPT-Live), as ASGI.

G.711 mu-law goes through both ways untouched (the session is set to ``audio/pcmu`` in
and out): a caller's ``media`` payload becomes an ``input_audio_buffer.append`` as it is,
an output audio delta becomes a ``media`` message as it is, and a mark named by the call's
:class:`~realtime_ext.voice.MarkPlaybackTracker` follows once ``MARK_EVERY_MS`` of audio
went out since the last one, and at the end of each reply's audio (the tracker counts the
audio as playing in real time between marks; a mark per 20 ms delta would double the
messages a call costs). Barge-in is the call's
:class:`~realtime_ext.voice.AsyncVoice` (``playback=`` that tracker): on
``input_audio_buffer.speech_started`` during the reply it truncates the item at what the
caller heard, and the bridge sends ``clear`` at once.

A drop of the Realtime connection mid-reply is reconnected (``max_retries=``) with the
conversation carried; the reply died with the old session, so the bridge clears what of it
Twilio still had queued and asks for the reply again: the caller hears an answer, not
silence (and the call does not end on :class:`~realtime_ext.ResponseLostError`).

On GPT-Live (``api="live"``) the call's side is :class:`~._live_leg.LiveLeg`: the session is
``audio/pcmu`` at 8 kHz and the model's audio is paced to Twilio by marks.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, Unpack
from urllib.parse import urlsplit

from realtime_ext import InvalidArgumentError, ResponseLostEvent, UndeliveredError
from realtime_ext.asgi import ASGIApp, CallApi, Receive, Scope, Send, lifespan
from realtime_ext.provider import Clock, get_logger, is_dict
from realtime_ext.session.body import session_body
from realtime_ext.tools import ToolRegistry
from realtime_ext.voice import AsyncVoice, Interruption, MarkPlaybackTracker

from . import _twilio as twilio
from ._live_leg import LiveLeg, live_phone_session
from ._signature import (
    AUTH_TOKEN_ENV,
    SIGNATURE_HEADER,
    check_auth_token,
    env_auth_token,
    signed_by_twilio,
)

if TYPE_CHECKING:
    from realtime_ext import AsyncRealtimeClient
    from realtime_ext.connection import AsyncRealtimeConnection, ConversationOptions
    from realtime_ext.conversation import AsyncLiveConnection

logger = get_logger("realtime_ext.telephony")

PCMU = {"type": "audio/pcmu"}
AUDIO_DELTAS = frozenset({"response.output_audio.delta", "response.audio.delta"})
AUDIO_DONES = frozenset({"response.output_audio.done", "response.audio.done"})
MARK_EVERY_MS = 100.0
"""Audio (ms) the bridge sends Twilio between two marks on a Realtime call, at least: a
mark after each delta of 100 ms or more, after every fifth of 20 ms, and at the end of each
reply's audio."""
MULAW_BYTES_PER_MS = 8
MAX_DIGITS = 256
"""DTMF digits a call keeps in :attr:`TwilioCall.digits` (the latest ones)."""
MAX_CUT_ITEMS = 16
SessionInput: TypeAlias = Mapping[str, Any]
SessionSource: TypeAlias = (
    "Mapping[str, Any] | Callable[[TwilioCall], Mapping[str, Any] | Awaitable[Mapping[str, Any]]]"
)
CallHook: TypeAlias = "Callable[[TwilioCall], Awaitable[None] | None]"
DigitHook: TypeAlias = "Callable[[TwilioCall, str], Awaitable[None] | None]"


class TwilioCall:
    """One bridged phone call, as the app's hooks see it.

    ``parameters`` are the ``<Parameter>`` values of the TwiML ``<Stream>`` (Twilio's
    ``customParameters``), ``digits`` the DTMF keys pressed so far (the latest
    ``MAX_DIGITS``), ``conn`` the Realtime connection (register handlers, send events),
    ``tracker`` what the caller has heard (it drives the Realtime barge-in); on GPT-Live
    (``api="live"``), ``live_conn`` the Live connection instead of ``conn``, and the bridge
    paces the model's audio by Twilio's marks itself.

    Example::

        async def on_start(call: TwilioCall) -> None:
            print(call.call_sid, call.parameters.get("customer"))
            call.conn.on("response.done", log_response)
    """

    def __init__(self, start: twilio.StreamStart, tracker: MarkPlaybackTracker) -> None:
        self.stream_sid: str = start.stream_sid
        self.call_sid: str = start.call_sid
        self.account_sid: str = start.account_sid
        self.parameters: Mapping[str, str] = dict(start.parameters)
        self.tracker: MarkPlaybackTracker = tracker
        self._digits: deque[str] = deque(maxlen=MAX_DIGITS)
        self._conn: AsyncRealtimeConnection | None = None
        self._live: AsyncLiveConnection | None = None
        self._cut: deque[str] = deque(maxlen=MAX_CUT_ITEMS)
        self.ended_by: str | None = None
        """Why the call ended: ``"stop"`` (Twilio), ``"hangup"`` (the socket closed),
        ``"conversation"`` (the model's side ended) or ``"app"`` (:meth:`end`)."""

    @property
    def conn(self) -> AsyncRealtimeConnection:
        """The call's Realtime connection (open while the call lasts)."""
        if self._conn is None:
            if self._live is not None:
                raise InvalidArgumentError(
                    "the call runs on GPT-Live: its connection is call.live_conn"
                )
            raise InvalidArgumentError("the call's conversation is not open yet")
        return self._conn

    @property
    def live_conn(self) -> AsyncLiveConnection:
        """The call's GPT-Live connection, on an endpoint with ``api="live"`` (open while
        the call lasts).

        Example::

            async def on_start(call: TwilioCall) -> None:
                await call.live_conn.commentary("Greet the caller by name: Ada.")
        """
        if self._live is None:
            if self._conn is not None:
                raise InvalidArgumentError("the call runs on Realtime: its connection is call.conn")
            raise InvalidArgumentError("the call's conversation is not open yet")
        return self._live

    @property
    def digits(self) -> str:
        """The DTMF digits pressed so far, in order."""
        return "".join(self._digits)

    async def end(self) -> None:
        """End the call from the app: the conversation closes (on GPT-Live: the session
        ends, ``session.closed``), then the stream."""
        if self.ended_by is None:
            self.ended_by = "app"
        if self._conn is not None:
            try:
                await self._conn.close()
            except UndeliveredError as exc:  # ended during a reconnect: the caller is gone
                logger.info("call ended with sends left behind: %s", exc)
        elif self._live is not None and self._live.closed is None:
            # session.close, and the bridge's receive loop takes session.closed: one reader.
            await self._live.session.close()

    def __repr__(self) -> str:
        return f"<TwilioCall {self.call_sid or self.stream_sid} digits={len(self._digits)}>"


def _with_pcmu(session: Mapping[str, Any]) -> dict[str, Any]:
    """``session`` as JSON, its audio set to G.711 mu-law both ways (another format: an
    error, since nothing would convert it)."""
    body = session_body(session, ("realtime",), default_type="realtime")
    audio = dict(body.get("audio") or {})
    for direction in ("input", "output"):
        part = dict(audio.get(direction) or {})
        fmt = part.get("format")
        if fmt is not None and (not is_dict(fmt) or fmt.get("type") != "audio/pcmu"):
            raise InvalidArgumentError(
                f"a phone call's audio is G.711 mu-law: session audio.{direction}.format must "
                f"be audio/pcmu or left out, got {fmt!r}"
            )
        part["format"] = dict(PCMU)
        audio[direction] = part
    body["audio"] = audio
    return body


async def _call(hook: Callable[..., Any] | None, *args: object) -> Any:
    if hook is None:
        return None
    result = hook(*args)
    if inspect.isawaitable(result):
        result = await result
    return result


def _check_hook(hook: object, name: str) -> None:
    if hook is not None and not callable(hook):
        raise InvalidArgumentError(f"{name} must be callable, got {type(hook).__name__}")


class TwilioEndpoint:
    """The ASGI application :func:`twilio_endpoint` returns (one instance serves every call)."""

    def __init__(
        self,
        client: AsyncRealtimeClient,
        *,
        session: SessionSource,
        model: str | None,
        tools: ToolRegistry | None,
        on_start: CallHook | None,
        on_dtmf: DigitHook | None,
        on_end: CallHook | None,
        options: Mapping[str, Any],
        auth_token: str | None = None,
        public_url: str | None = None,
        allow_unsigned: bool = False,
        api: CallApi = "realtime",
    ) -> None:
        from realtime_ext import AsyncRealtimeClient

        if api not in ("realtime", "live"):
            raise InvalidArgumentError(f"api must be 'realtime' or 'live', got {api!r}")
        self.api: CallApi = api
        """The API each call's conversation runs on."""

        self._auth_token = _check_signing(auth_token, public_url, allow_unsigned)
        self.public_url: str | None = public_url
        """The stream URL as Twilio calls it (the signature is over it), when given."""

        if not isinstance(client, AsyncRealtimeClient):
            raise InvalidArgumentError(
                f"client must be an AsyncRealtimeClient, got {type(client).__name__}"
            )
        if tools is not None and not isinstance(tools, ToolRegistry):
            raise InvalidArgumentError(f"tools must be a ToolRegistry, got {type(tools).__name__}")
        if model is not None and (not isinstance(model, str) or not model):
            raise InvalidArgumentError(f"model must be a non-empty str, got {model!r}")
        if callable(session):
            self._fixed: dict[str, Any] | None = None
        elif isinstance(session, Mapping) or hasattr(session, "to_dict"):
            # checked now: a bad session fails at startup
            self._fixed = (
                live_phone_session(session, model) if api == "live" else _with_pcmu(session)
            )
        else:
            raise InvalidArgumentError(
                "session must be a session dict or model, or a callable taking the "
                f"TwilioCall and returning one, got {type(session).__name__}"
            )
        for hook, name in ((on_start, "on_start"), (on_dtmf, "on_dtmf"), (on_end, "on_end")):
            _check_hook(hook, name)
        owned = sorted(_OWNED & options.keys())
        if owned:
            raise InvalidArgumentError(
                f"{owned[0]!r} is no option of twilio_endpoint: the bridge attaches each call's "
                "voice itself (it tracks what the caller heard from Twilio's marks and "
                "interrupts on the caller's speech); add an extension of your own from on_start "
                "(call.conn.add_extension)"
            )
        # Every connection option (and a fixed Live session) checked now, at startup, not at
        # the first call: connect() checks its arguments and opens nothing until entered.
        if api == "live":
            fixed = self._fixed or live_phone_session({}, model)
            client.live.connect(**fixed, tools=tools, **options)
        else:
            client.connect(model=model or "gpt-realtime", **options)
        self.client: AsyncRealtimeClient = client
        self.session: SessionSource = session
        self.model: str | None = model
        self.tools: ToolRegistry | None = tools
        self.on_start: CallHook | None = on_start
        self.on_dtmf: DigitHook | None = on_dtmf
        self.on_end: CallHook | None = on_end
        self.options: Mapping[str, Any] = dict(options)
        """The connection options each call's conversation opens with."""
        self.clock: Clock | None = options.get("clock")
        self.calls: set[TwilioCall] = set()
        """The calls in progress."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "websocket":
            await send(
                {
                    "type": "http.response.start",
                    "status": 426,
                    "headers": [(b"content-type", b"text/plain"), (b"upgrade", b"websocket")],
                }
            )
            await send({"type": "http.response.body", "body": b"Twilio Media Streams only\n"})
            return
        if (await receive())["type"] != "websocket.connect":
            return
        if self._auth_token is not None and not self._signed(scope):
            # Closed before it is accepted: the server answers the upgrade 403.
            await send({"type": "websocket.close", "code": 1008})
            return
        await send({"type": "websocket.accept"})
        await _Bridge(self, receive, send).run()

    def _signed(self, scope: Scope) -> bool:
        """Whether the upgrade carries Twilio's signature of the URL it was made to."""
        headers: dict[bytes, bytes] = dict(scope.get("headers") or ())
        query = bytes(scope.get("query_string") or b"").decode("latin-1")
        if self.public_url is not None:
            url = self.public_url
        else:  # Twilio calls wss:// only (TLS may end at a proxy before this server)
            host = headers.get(b"host", b"").decode("latin-1")
            path = scope.get("raw_path") or str(scope.get("path", "")).encode()
            url = f"wss://{host}{bytes(path).decode('latin-1')}"
        if query:
            url = f"{url}?{query}"
        assert self._auth_token is not None
        if signed_by_twilio(self._auth_token, url, headers.get(SIGNATURE_HEADER)):
            return True
        # Neither the URL nor the header: a path or query may carry the app's own tokens.
        said = "missing" if SIGNATURE_HEADER not in headers else "not Twilio's for this URL"
        logger.warning(
            "Twilio stream refused (403): X-Twilio-Signature %s (behind a proxy that "
            "changes the host or path, pass public_url=)",
            said,
        )
        return False

    async def _session_for(self, call: TwilioCall) -> dict[str, Any]:
        if self._fixed is not None:
            return self._fixed
        source: Any = self.session
        given = await _call(source, call)
        return live_phone_session(given, self.model) if self.api == "live" else _with_pcmu(given)


class _Bridge:
    """One call: reads Twilio, runs the conversation, writes Twilio."""

    def __init__(self, endpoint: TwilioEndpoint, receive: Receive, send: Send) -> None:
        self.endpoint = endpoint
        self.receive = receive
        self._send = send
        self.closed = False  # the Twilio socket: disconnected or closed by us
        self.call: TwilioCall | None = None  # once Twilio's start came

    async def send(self, text: str) -> None:
        if not self.closed:
            await self._send({"type": "websocket.send", "text": text})

    async def next_message(self) -> dict[str, Any] | None:
        """The next Twilio message (``None``: the socket closed)."""
        while True:
            message = await self.receive()
            kind = message["type"]
            if kind == "websocket.disconnect":
                self.closed = True
                return None
            if kind != "websocket.receive":
                continue
            raw = message.get("text")
            if raw is None:
                raw = message.get("bytes")
            if raw is None:
                continue
            parsed = twilio.parse(raw)
            if parsed is not None:
                return parsed

    async def run(self) -> None:
        endpoint = self.endpoint
        while True:  # connected, then start (anything else before start is ignored)
            message = await self.next_message()
            if message is None:
                return
            if message.get("event") == "stop":
                await self.close()
                return
            if message.get("event") == "start":
                break
        start = twilio.stream_start(message)
        tracker = MarkPlaybackTracker(format="audio/pcmu", clock=endpoint.clock)
        call = self.call = TwilioCall(start, tracker)
        session = await endpoint._session_for(call)  # pyright: ignore[reportPrivateUsage]
        endpoint.calls.add(call)
        try:
            if endpoint.api == "live":
                await self._live_call(call, session)
            else:
                await self._realtime_call(call, session)
        finally:
            endpoint.calls.discard(call)
            await self.close()
            await _call(endpoint.on_end, call)

    async def _realtime_call(self, call: TwilioCall, session: dict[str, Any]) -> None:
        try:
            await self._realtime_turns(call, session)
        except UndeliveredError as exc:
            # The call ended during a reconnect: the caller's audio queued for the new
            # connection has nobody left to hear it (close() reports it: logged here).
            logger.info("call ended with sends left behind: %s", exc)

    async def _realtime_turns(self, call: TwilioCall, session: dict[str, Any]) -> None:
        endpoint, tracker = self.endpoint, call.tracker
        model = endpoint.model or session.get("model") or "gpt-realtime"
        voice = AsyncVoice(playback=tracker, clock=endpoint.clock)
        async with endpoint.client.connect(
            model=model, **endpoint.options, extensions=[voice]
        ) as conn:
            call._conn = conn  # pyright: ignore[reportPrivateUsage]
            await conn.send({"type": "session.update", "session": session})
            conn.on("interrupted", self._barge_in(call))
            conn.on("response.lost", self._ask_again(call))
            if endpoint.tools is not None:
                conn.run_tools(endpoint.tools)
            await _call(endpoint.on_start, call)

            async def append(payload: str) -> None:
                await conn.send({"type": "input_audio_buffer.append", "audio": payload})

            async def on_mark(name: str | None) -> None:
                tracker.on_mark(name)

            await self.pump(self.inbound(append, on_mark), self._outbound(call, conn))

    async def _live_call(self, call: TwilioCall, session: dict[str, Any]) -> None:
        endpoint = self.endpoint

        async def opened(live: AsyncLiveConnection) -> None:
            call._live = live  # pyright: ignore[reportPrivateUsage]
            await _call(endpoint.on_start, call)

        opening = endpoint.client.live.connect(**session, tools=endpoint.tools, **endpoint.options)
        if await LiveLeg(self, call.stream_sid).run(opening, opened):
            call.ended_by = call.ended_by or "conversation"

    def _barge_in(self, call: TwilioCall) -> Callable[[Interruption], Awaitable[None]]:
        async def clear(interruption: Interruption) -> None:
            if interruption.item_id is None:
                return  # nothing was playing (or it had been played out): nothing to clear
            # Truncated, or (after a rollover or a reconnect) an earlier session's reply
            # still queued at Twilio: either way the caller must stop hearing it.
            call._cut.append(interruption.item_id)  # pyright: ignore[reportPrivateUsage]
            await self.send(twilio.clear(call.stream_sid))

        return clear

    def _ask_again(self, call: TwilioCall) -> Callable[[ResponseLostEvent], Awaitable[None]]:
        async def ask_again(lost: ResponseLostEvent) -> None:
            # What Twilio still has queued of the dead reply would play, then the new one
            # from its start: clear it, so the caller hears the answer once.
            call.tracker.on_interrupted()
            await self.send(twilio.clear(call.stream_sid))
            await call.conn.response.create()

        return ask_again

    async def pump(self, inbound: Awaitable[None], outbound: Awaitable[None]) -> None:
        """Run both directions until either ends; a failure on either is raised."""
        sides = (asyncio.ensure_future(inbound), asyncio.ensure_future(outbound))
        try:
            done, _ = await asyncio.wait(sides, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in sides:
                task.cancel()
            await asyncio.gather(*sides, return_exceptions=True)
        for task in done:
            task.result()  # a failure on either side ends the call and is raised

    async def inbound(
        self,
        append: Callable[[str], Awaitable[None]],
        on_mark: Callable[[str | None], Awaitable[None]],
    ) -> None:
        """Twilio -> the model: the caller's audio, marks echoed, digits, the end."""
        endpoint, call = self.endpoint, self.call
        assert call is not None  # set when Twilio's start came, before either side runs
        while True:
            message = await self.next_message()
            if message is None:
                call.ended_by = call.ended_by or "hangup"
                return
            event = message.get("event")
            if event == "media":
                payload = twilio.inner(message, "media", "payload")
                if payload:  # passed on as it is: G.711 mu-law both sides
                    await append(payload)
            elif event == "mark":
                await on_mark(twilio.inner(message, "mark", "name"))
            elif event == "dtmf":
                digit = twilio.inner(message, "dtmf", "digit")
                if digit:
                    call._digits.append(digit)  # pyright: ignore[reportPrivateUsage]
                    await _call(endpoint.on_dtmf, call, digit)
            elif event == "stop":
                call.ended_by = call.ended_by or "stop"
                return

    async def _outbound(self, call: TwilioCall, conn: AsyncRealtimeConnection) -> None:
        """Realtime -> Twilio: the reply's audio, a mark every ``MARK_EVERY_MS`` of it and at
        its end; every event to the app's handlers."""
        tracker, sid, cut = call.tracker, call.stream_sid, call._cut  # pyright: ignore[reportPrivateUsage]
        unmarked = 0  # bytes of audio sent since the last mark
        async for event in conn:
            kind = event.type_
            if kind in AUDIO_DELTAS:
                delta: Any = event
                item_id, index, payload = delta.item_id, delta.content_index, delta.delta
                if isinstance(payload, str) and item_id not in cut:
                    audio = base64.b64decode(payload)
                    tracker.on_output(item_id, index, audio)
                    await self.send(twilio.media(sid, payload))
                    unmarked += len(audio)
                    if unmarked >= MARK_EVERY_MS * MULAW_BYTES_PER_MS:
                        unmarked = 0
                        await self.send(twilio.mark(sid, tracker.mark()))
            elif kind in AUDIO_DONES and unmarked:
                # The reply's audio ends: its last mark tells when the caller heard it all.
                unmarked = 0
                await self.send(twilio.mark(sid, tracker.mark()))
            await conn.dispatch(event)
        call.ended_by = call.ended_by or "conversation"

    async def close(self) -> None:
        if not self.closed:
            self.closed = True
            try:
                await self._send({"type": "websocket.close", "code": 1000})
            except Exception:  # the caller's side went first (a server may raise for it)
                logger.debug("the Twilio stream was already closed")


def _check_signing(
    auth_token: str | None, public_url: str | None, allow_unsigned: bool
) -> str | None:
    """The auth token each stream's signature is checked with (``None``: not checked)."""
    if not isinstance(allow_unsigned, bool):
        raise InvalidArgumentError(
            f"allow_unsigned must be True or False, got {type(allow_unsigned).__name__}"
        )
    if public_url is not None:
        if not isinstance(public_url, str):
            raise InvalidArgumentError(
                f"public_url must be a str (the stream URL), got {type(public_url).__name__}"
            )
        parts = urlsplit(public_url)
        if parts.scheme not in ("wss", "ws") or not parts.netloc or parts.query or parts.fragment:
            raise InvalidArgumentError(
                "public_url must be the stream URL as Twilio calls it, without a query: "
                "wss://<host>[/<path>]"
            )
    token = check_auth_token(auth_token) if auth_token is not None else None
    if allow_unsigned:
        if token is not None:
            raise InvalidArgumentError(
                "auth_token and allow_unsigned=True contradict each other: pass one"
            )
        return None
    if token is None:
        token = env_auth_token()
    if token is None:
        raise InvalidArgumentError(
            "twilio_endpoint checks each stream's X-Twilio-Signature, as Twilio asks: pass "
            f"auth_token= (or set {AUTH_TOKEN_ENV}); allow_unsigned=True turns the check "
            "off, for local tests only (anyone who learns the stream URL could then open a "
            "conversation on your API key)"
        )
    return token


_OWNED = frozenset({"extensions"})
"""Connection options the bridge sets itself."""


def twilio_endpoint(
    client: AsyncRealtimeClient,
    *,
    session: SessionSource,
    model: str | None = None,
    tools: ToolRegistry | None = None,
    on_start: CallHook | None = None,
    on_dtmf: DigitHook | None = None,
    on_end: CallHook | None = None,
    auth_token: str | None = None,
    public_url: str | None = None,
    allow_unsigned: bool = False,
    api: CallApi = "realtime",
    **options: Unpack[ConversationOptions],
) -> ASGIApp:
    """An ASGI WebSocket application bridging each Twilio Media Stream to a Realtime
    conversation (mount it where the TwiML ``<Connect><Stream url=...>`` points).

    Each call opens ``client.connect(model=...)`` (``model``, else the session's, else
    ``gpt-realtime``) and sends ``session`` (a dict or model, or a callable taking the
    :class:`TwilioCall` and returning one, maybe ``async``) with its audio set to G.711
    mu-law both ways: the caller's audio and the reply go through untouched. Server VAD
    barge-in sends Twilio ``clear`` and truncates the reply at what the caller heard (from
    Twilio's mark echoes). ``tools`` answer function calls; ``on_start(call)`` runs once
    the conversation is open (register handlers on ``call.conn``, send a greeting),
    ``on_dtmf(call, digit)`` for each key pressed, ``on_end(call)`` after the call, which
    ends on Twilio's ``stop``, a hang-up, the conversation closing or ``call.end()``.
    ``**options`` are the conversation's connection options, as ``client.connect`` takes
    them (:class:`~realtime_ext.connection.ConversationOptions`, checked here): a reconnect
    (``max_retries``, 5 by default; ``0`` turns it off) keeps the call and its conversation,
    and a reply a drop cut is cleared from Twilio and asked for again; the conversation
    rolls over to a new session before the API's 60-minute cap (``max_session_duration``);
    keepalive, carry limits and ``clock`` (for tests) likewise. ``extensions`` is the
    bridge's own (each call's voice) and refused: add yours from ``on_start``.

    ``api="live"`` runs each call on GPT-Live instead (``client.live.connect``): ``session``
    is then openai's Live ``SessionConfig`` (``model``, default ``gpt-live-1``;
    ``instructions``, ``audio.output.voice``, ``delegation``, ``input``, ``store``...), its
    ``audio.format`` set to ``audio/pcmu`` at 8 kHz; the app's hooks use ``call.live_conn``;
    ``tools`` answer the session's delegations; ``**options`` are
    ``client.live.connect``'s (a Realtime-only one is refused at startup). Barge-in is the
    model's own: the model's audio goes to Twilio paced by marks, never more than 200 ms
    ahead of the caller's ear, and when the model yields to the caller what is still
    unheard is dropped and Twilio ``clear``-ed. ``call.end()`` and Twilio's ``stop`` end
    the session (``session.closed``, ``close_requested``).

    Each stream must carry Twilio's ``X-Twilio-Signature``, as Twilio asks of every Media
    Streams server: it is checked with ``auth_token`` (default: ``TWILIO_AUTH_TOKEN`` from
    the environment) over the URL Twilio called, ``wss://`` with the request's host and path
    (``public_url=`` when a proxy changes them: the stream URL as Twilio calls it, without
    the query). A stream without it is refused (403) before anything is opened. Without a
    token the app refuses to start; ``allow_unsigned=True`` turns the check off, for local
    tests only.

    Example::

        app = FastAPI()
        app.mount("/twilio", twilio_endpoint(client, session=realtime_session(voice="marin")))
        live = twilio_endpoint(client, session={"model": "gpt-live-1"}, api="live")
        app.mount("/twilio-live", live)
    """
    return TwilioEndpoint(
        client,
        session=session,
        model=model,
        tools=tools,
        on_start=on_start,
        on_dtmf=on_dtmf,
        on_end=on_end,
        options=options,
        auth_token=auth_token,
        public_url=public_url,
        allow_unsigned=allow_unsigned,
        api=api,
    )

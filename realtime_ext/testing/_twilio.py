"""``FakeTwilioCall``: Twilio's side of a Media Stream, for testing a phone bridge offline.

It connects to a bridge (an ASGI application, called in process, or a ``ws://`` URL),
sends ``connected`` and ``start`` (with custom parameters), then one 20 ms ``media`` frame
of G.711 mu-law per step: speech-like audio queued by :meth:`FakeTwilioCall.say`, else
silence. It plays what it receives in real time (20 ms a step), echoes each mark once the
audio before it has played, as Twilio does, and on ``clear`` drops what it has not played
and echoes the marks still queued at once (Twilio does too). Steps run on a clock:
:meth:`FakeTwilioCall.run` paces them in real time, :meth:`FakeTwilioCall.step` takes one
and moves a :class:`ManualClock` on by 20 ms (the test clock), so a test never sleeps.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import math
from array import array
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import Clock, websockets_logger

from ..audio import PCMU
from ._clock import ManualClock

FRAME_MS = 20
FRAME_BYTES = 160  # 20 ms of 8 kHz mu-law
# 20 ms of silence: 0xFF is G.711 mu-law's zero (PCMU.encode(bytes(FRAME_BYTES * 2)), which
# tests/telephony/test_twilio_bridge.py checks). Written out, not encoded at import: the
# encoder builds its 65,536-entry table first, a fifth of a second that every process
# importing realtime_ext.testing (each `serve-fake` a fault test starts) paid for nothing.
SILENCE = b"\xff" * FRAME_BYTES
MAX_SAY_MS = 600_000
# Real seconds between looks at a wait_for condition that no message to this caller wakes.
# Not 5 ms: fifty callers waiting at once then made 10,000 tasks a second on the loop
# that also answers the connections' keepalive pings, and on a loaded CI machine the pongs
# came too late (1011, the replies lost).
POLL = 0.05
MAX_HEARD_MS = 600_000  # the latest 10 minutes of what was played are kept in ``heard``
MAX_MESSAGES = 10_000  # non-media messages kept in ``messages`` (the latest ones)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]


def speech_mulaw(ms: int, *, level: float = 0.3) -> bytes:
    """``ms`` of a speech-like voice (a 140 Hz voiced sound with harmonics and a syllable
    rhythm) as 8 kHz G.711 mu-law: loud enough in every 10 ms for server VAD.

    Example:
        >>> len(speech_mulaw(40))
        320
    """
    count = 8 * ms
    samples = array("h", bytes(2 * count))
    for n in range(count):
        t = n / 8000
        envelope = 0.65 + 0.35 * math.sin(2 * math.pi * 4 * t)  # syllables, never silent
        voiced = (
            math.sin(2 * math.pi * 140 * t)
            + 0.5 * math.sin(2 * math.pi * 280 * t)
            + 0.25 * math.sin(2 * math.pi * 560 * t)
        ) / 1.75
        samples[n] = int(32767 * level * envelope * voiced)
    return PCMU.encode(samples.tobytes())


def _auth_token(given: str | None) -> str | None:
    """``given``, checked, else the bridge's default (``TWILIO_AUTH_TOKEN``): Twilio's token
    is the app's, so the fake caller signs with what the bridge checks with."""
    # On use: the telephony package (the bridge, asgi, voice) is not loaded with testing
    # (serve-fake starts without it).
    from realtime_ext.telephony import check_auth_token, env_auth_token

    return env_auth_token() if given is None else check_auth_token(given)


def _sign(auth_token: str, url: str) -> str:
    from realtime_ext.telephony import twilio_signature  # on use, as above

    return twilio_signature(auth_token, url)


@dataclass(frozen=True, slots=True)
class Clear:
    """A ``clear`` the bridge sent: when (clock seconds) and how much reply was heard then."""

    at: float
    heard_ms: float
    dropped_ms: float


class FakeTwilioCall:
    """A fake Twilio Media Streams caller for a phone bridge (``async with``).

    ``bridge`` is an ASGI application (called in this process, no server needed) or a
    ``ws://`` URL. ``auth_token`` signs the stream as Twilio does (``X-Twilio-Signature``
    over the ``wss://`` URL: for an application, of host ``bridge.invalid`` and ``path``);
    by default ``TWILIO_AUTH_TOKEN`` from the environment, as the bridge reads it; with
    neither the stream is unsigned. ``parameters`` become the ``start`` message's
    ``customParameters``.
    ``cleared_marks_lag_ms`` delays the echoes of the marks a ``clear`` dropped (Twilio
    sends them at once; a slow network delivers them late, after the next reply began).
    ``clock`` paces the 20 ms steps: a :class:`ManualClock` (each :meth:`step` moves it on
    by 20 ms unless ``advance=False``) or real time (``None``, for :meth:`run`).

    What it heard: :attr:`heard` (the mu-law played), :attr:`heard_ms`, :attr:`clears`
    (each ``clear`` with the clock time and what had been heard), :attr:`max_buffered_ms`
    (the most it ever held unplayed), :attr:`marks_echoed`,
    :attr:`messages` (every non-media message received), :attr:`closed` (the bridge closed
    the stream).

    Example::

        clock = ManualClock()
        async with FakeTwilioCall(app, clock=clock, parameters={"customer": "42"}) as call:
            call.say(600)
            await call.step(40)                    # 800 ms: speech, then silence
            await call.wait_for(lambda: call.buffered_ms > 0)
            await call.press("1")
    """

    def __init__(
        self,
        bridge: ASGIApp | str,
        *,
        clock: Clock | None = None,
        parameters: Mapping[str, str] | None = None,
        stream_sid: str = "MZ00000000000000000000000000000000",
        call_sid: str = "CA00000000000000000000000000000000",
        path: str = "/",
        cleared_marks_lag_ms: int = 0,
        auth_token: str | None = None,
    ) -> None:
        if not (callable(bridge) or isinstance(bridge, str)):
            raise InvalidArgumentError(
                f"bridge must be an ASGI application or a ws:// URL, got {type(bridge).__name__}"
            )
        if (
            isinstance(cleared_marks_lag_ms, bool)
            or not isinstance(cleared_marks_lag_ms, int)
            or cleared_marks_lag_ms < 0
        ):
            raise InvalidArgumentError(
                f"cleared_marks_lag_ms must be an int >= 0, got {cleared_marks_lag_ms!r}"
            )
        self.bridge: ASGIApp | str = bridge
        self._auth_token = _auth_token(auth_token)  # checked now, not at connect
        self.cleared_marks_lag_ms: int = cleared_marks_lag_ms
        self._late: deque[tuple[int, str]] = deque()  # (frame due, mark) dropped by a clear
        self.clock: Clock = clock if clock is not None else Clock()
        self.parameters: dict[str, str] = dict(parameters or {})
        self.stream_sid: str = stream_sid
        self.call_sid: str = call_sid
        self.path: str = path
        self.heard: bytearray = bytearray()
        """The reply audio played (G.711 mu-law, 8 kHz), in order: the latest
        ``MAX_HEARD_MS`` of it (a long call keeps a bounded record)."""
        self._heard_bytes = 0
        self.clears: list[Clear] = []
        self.marks_echoed: list[str] = []
        self.messages: deque[dict[str, Any]] = deque(maxlen=MAX_MESSAGES)
        self.media_received: int = 0
        self.closed: bool = False
        self._buffer: deque[bytes | str] = deque()  # audio (bytes) and marks (str) queued
        self._buffered = 0
        self._max_buffered = 0
        self._outgoing = bytearray()  # caller audio queued by say()
        self._sequence = 0
        self._chunk = 0
        self._timestamp_ms = 0
        self._changed = asyncio.Event()
        self._inbox: asyncio.Queue[Message] = asyncio.Queue()
        self._app: asyncio.Task[None] | None = None
        self._socket: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._stopped = False

    # -- what was heard ----------------------------------------------------------------
    @property
    def heard_ms(self) -> float:
        """Milliseconds of reply audio played so far (all of it, not only what ``heard``
        keeps)."""
        return self._heard_bytes / 8

    @property
    def buffered_ms(self) -> float:
        """Milliseconds of reply audio received and not played yet."""
        return self._buffered / 8

    @property
    def max_buffered_ms(self) -> float:
        """The most reply audio this caller held unplayed at any moment (looked at on each
        ``media`` received): how far ahead of the caller's ear the bridge ran."""
        return self._max_buffered / 8

    # -- the connection ----------------------------------------------------------------
    async def __aenter__(self) -> FakeTwilioCall:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def connect(self) -> None:
        """Open the stream and send ``connected`` and ``start``."""
        if isinstance(self.bridge, str):
            from websockets.asyncio.client import connect

            url = self.bridge
            twilio_url = "wss" + url[url.index(":") :] if url.startswith("ws:") else url
            self._socket = await connect(
                url,
                compression=None,
                additional_headers=self._signed(twilio_url),
                logger=websockets_logger("realtime_ext.testing.websockets"),
            )
            self._reader = asyncio.ensure_future(self._read_socket())
        else:
            scope: Scope = {
                "type": "websocket",
                "asgi": {"version": "3.0", "spec_version": "2.3"},
                "scheme": "wss",
                "path": self.path,
                "raw_path": self.path.encode(),
                "query_string": b"",
                "root_path": "",
                "headers": [
                    (b"host", b"bridge.invalid"),
                    *(
                        (name.lower().encode(), value.encode())
                        for name, value in self._signed(f"wss://bridge.invalid{self.path}")
                    ),
                ],
                "client": ("127.0.0.1", 0),
                "server": ("127.0.0.1", 443),
                "subprotocols": [],
            }
            accepted = asyncio.get_running_loop().create_future()
            self._accepted = accepted
            await self._inbox.put({"type": "websocket.connect"})
            self._app = asyncio.ensure_future(self.bridge(scope, self._inbox.get, self._from_app))
            done, _ = await asyncio.wait({accepted, self._app}, return_when=asyncio.FIRST_COMPLETED)
            if accepted not in done:
                self._app.result()  # raises what the app raised
                if self.closed:  # closed before accepting: a server answers that 403
                    raise InvalidArgumentError(
                        "the bridge refused the stream (closed it before accepting it: 403)"
                    )
                raise InvalidArgumentError("the bridge ended without accepting the WebSocket")
        await self._send({"event": "connected", "protocol": "Call", "version": "1.0.0"})
        await self._send(
            {
                "event": "start",
                "sequenceNumber": self._next_sequence(),
                "start": {
                    "accountSid": "AC00000000000000000000000000000000",
                    "streamSid": self.stream_sid,
                    "callSid": self.call_sid,
                    "tracks": ["inbound"],
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                    "customParameters": dict(self.parameters),
                },
                "streamSid": self.stream_sid,
            }
        )

    def _signed(self, url: str) -> list[tuple[str, str]]:
        """The signature header Twilio would send to ``url`` (none without a token)."""
        if self._auth_token is None:
            return []
        return [("X-Twilio-Signature", _sign(self._auth_token, url))]

    async def _from_app(self, message: Message) -> None:
        kind = message.get("type")
        if kind == "websocket.accept":
            if not self._accepted.done():
                self._accepted.set_result(None)
        elif kind == "websocket.send":
            text = message.get("text")
            if text is None:
                text = message.get("bytes", b"").decode()
            await self._received(json.loads(text))
        elif kind == "websocket.close":
            self.closed = True
            self._changed.set()

    async def _read_socket(self) -> None:
        try:
            async for text in self._socket:
                await self._received(json.loads(text))
        finally:
            self.closed = True
            self._changed.set()

    async def _send(self, message: Mapping[str, Any]) -> None:
        if self.closed or self._stopped:
            return
        text = json.dumps(message, separators=(",", ":"))
        if self._socket is not None:
            await self._socket.send(text)
        else:
            await self._inbox.put({"type": "websocket.receive", "text": text})

    def _next_sequence(self) -> str:
        self._sequence += 1
        return str(self._sequence)

    # -- what the bridge sends -----------------------------------------------------------
    async def _received(self, message: dict[str, Any]) -> None:
        event = message.get("event")
        if event == "media":
            self.media_received += 1
            payload = message.get("media", {}).get("payload", "")
            audio = base64.b64decode(payload)
            self._buffer.append(audio)
            self._buffered += len(audio)
            self._max_buffered = max(self._max_buffered, self._buffered)
        else:
            self.messages.append(message)
            if event == "mark":
                name = str(message.get("mark", {}).get("name", ""))
                if self._buffered:
                    self._buffer.append(name)
                else:  # nothing left to play before it: echoed at once
                    await self._echo(name)
            elif event == "clear":
                dropped = self._buffered
                marks = [entry for entry in self._buffer if isinstance(entry, str)]
                self._buffer.clear()
                self._buffered = 0
                self.clears.append(Clear(self.clock.now(), self.heard_ms, dropped / 8))
                due = self._chunk + self.cleared_marks_lag_ms // FRAME_MS
                for name in marks:  # Twilio echoes the marks a clear dropped
                    if self.cleared_marks_lag_ms:
                        self._late.append((due, name))
                    else:
                        await self._echo(name)
        self._changed.set()

    async def _echo(self, name: str) -> None:
        self.marks_echoed.append(name)
        await self._send(
            {
                "event": "mark",
                "sequenceNumber": self._next_sequence(),
                "streamSid": self.stream_sid,
                "mark": {"name": name},
            }
        )

    # -- the caller ------------------------------------------------------------------------
    def say(self, ms: int = 600, *, level: float = 0.3) -> None:
        """Queue ``ms`` of speech-like audio: the next steps send it instead of silence."""
        if isinstance(ms, bool) or not isinstance(ms, int) or not 0 < ms <= MAX_SAY_MS:
            raise InvalidArgumentError(f"ms must be an int from 1 to {MAX_SAY_MS}, got {ms!r}")
        if isinstance(level, bool) or not isinstance(level, int | float) or not 0 < level <= 1:
            raise InvalidArgumentError(f"level must be a number in (0, 1], got {level!r}")
        self._outgoing += speech_mulaw(ms, level=level)

    @property
    def speaking(self) -> bool:
        """Whether speech queued by :meth:`say` is still being sent."""
        return bool(self._outgoing)

    async def press(self, digits: str) -> None:
        """Send a ``dtmf`` message for each key in ``digits``."""
        if not isinstance(digits, str) or not digits or set(digits) - set("0123456789*#ABCD"):
            raise InvalidArgumentError(f"digits must be DTMF keys (0-9 * # A-D), got {digits!r}")
        for digit in digits:
            await self._send(
                {
                    "event": "dtmf",
                    "streamSid": self.stream_sid,
                    "sequenceNumber": self._next_sequence(),
                    "dtmf": {"track": "inbound_track", "digit": digit},
                }
            )

    async def step(self, frames: int = 1, *, advance: bool = True, play: bool = True) -> None:
        """``frames`` steps of 20 ms: send one caller frame, play 20 ms of what was received
        and echo the marks it reached (``play=False``: a stalled stream, which plays and
        echoes nothing), then (on a :class:`ManualClock`, with ``advance``) move the clock
        on by 20 ms."""
        for _ in range(frames):
            frame = bytes(self._outgoing[:FRAME_BYTES])
            del self._outgoing[:FRAME_BYTES]
            if len(frame) < FRAME_BYTES:
                frame += SILENCE[: FRAME_BYTES - len(frame)]
            self._chunk += 1
            await self._send(
                {
                    "event": "media",
                    "sequenceNumber": self._next_sequence(),
                    "media": {
                        "track": "inbound",
                        "chunk": str(self._chunk),
                        "timestamp": str(self._timestamp_ms),
                        "payload": base64.b64encode(frame).decode(),
                    },
                    "streamSid": self.stream_sid,
                }
            )
            self._timestamp_ms += FRAME_MS
            if play:
                await self._play(FRAME_BYTES)
            while self._late and self._late[0][0] <= self._chunk:
                await self._echo(self._late.popleft()[1])
            if advance and isinstance(self.clock, ManualClock):
                self.clock.advance(FRAME_MS / 1000)
            await asyncio.sleep(0)  # let the bridge read what was sent

    async def _play(self, nbytes: int) -> None:
        while self._buffer:
            head = self._buffer[0]
            if isinstance(head, str):
                self._buffer.popleft()
                await self._echo(head)
                continue
            if nbytes == 0:
                break
            taken = head[:nbytes]
            self.heard += taken
            self._heard_bytes += len(taken)
            if len(self.heard) > MAX_HEARD_MS * 8:
                del self.heard[: len(self.heard) - MAX_HEARD_MS * 8]
            nbytes -= len(taken)
            self._buffered -= len(taken)
            if len(taken) == len(head):
                self._buffer.popleft()
            else:
                self._buffer[0] = head[len(taken) :]

    async def run(self, ms: int) -> None:
        """Run ``ms`` of the call in real time on :attr:`clock` (20 ms steps, drift-free)."""
        start = self.clock.now()
        for n in range(1, ms // FRAME_MS + 1):
            await self.step(advance=False)
            await self.clock.asleep(max(0.0, start + n * FRAME_MS / 1000 - self.clock.now()))

    async def wait_for(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait (real time, at most ``timeout`` seconds) until ``condition()`` holds, looked
        at whenever the bridge sends something (and every few milliseconds);
        ``TimeoutError`` otherwise."""
        async with asyncio.timeout(timeout):
            while not condition():
                self._changed.clear()
                if self._app is not None and self._app.done():
                    self._app.result()  # the bridge failed: raise its error
                    if not condition():
                        raise AssertionError("the bridge ended before the condition held")
                    return
                waits: set[asyncio.Future[Any]] = {asyncio.ensure_future(self._changed.wait())}
                if self._app is not None:
                    waits.add(self._app)
                # Woken by what the bridge sends, or after POLL to look again (a condition
                # on the app's side changes without a message to this caller).
                _, pending = await asyncio.wait(
                    waits, timeout=POLL, return_when=asyncio.FIRST_COMPLETED
                )
                for task in pending:
                    if task is not self._app:
                        task.cancel()

    async def stop(self) -> None:
        """Send ``stop`` (the caller hung up) and wait for the bridge to finish."""
        if not self._stopped and not self.closed:
            await self._send(
                {
                    "event": "stop",
                    "sequenceNumber": self._next_sequence(),
                    "streamSid": self.stream_sid,
                    "stop": {
                        "accountSid": "AC00000000000000000000000000000000",
                        "callSid": self.call_sid,
                    },
                }
            )
        self._stopped = True
        if self._socket is not None:
            await self._socket.close()
            if self._reader is not None:
                with contextlib.suppress(Exception):
                    await self._reader
        elif self._app is not None:
            if not self._app.done():
                await self._inbox.put({"type": "websocket.disconnect", "code": 1000})
            await self._app  # the bridge's own error, if any, is raised here

    @property
    def finished(self) -> bool:
        """Whether the bridge's application returned (in-process bridges)."""
        return self._app is not None and self._app.done()

    def __repr__(self) -> str:
        return (
            f"<FakeTwilioCall heard_ms={self.heard_ms:.0f} buffered_ms={self.buffered_ms:.0f} "
            f"clears={len(self.clears)} closed={self.closed}>"
        )

"""GPT-Live sessions (``/v1/live/sessions``) as the real API runs them, on the fake's clock.

What is modelled (from the recordings in ``realtraffic/live`` and openai's Live types):

- The first client frame must be ``session.start``; the answer is ``session.started`` with
  the resolved session (:mod:`._live_session`). Every client frame is checked strictly
  against the generated Live event models (unknown fields refused, the API's wording).
- **Two clocks** (:data:`LiveClock`). ``"wall"`` (the server's default) is the real API's:
  the output track streams one 100 ms ``session.output_audio.delta`` every 100 ms of real
  time, speech or silence, whatever the input's rate; input audio waits in a buffer and
  the timeline takes one 100 ms frame of it per tick (silence when none has come), so a 6 s
  burst is heard, and answered, over 6 s. Appended commentary is acknowledged once the
  model's track has begun (after its sixth frame, placed no earlier than 600 ms) and spoken
  from 2.4 s after its place (recorded: placed at 600 ms, spoken from 3,000 ms), and a model
  that delegates says so ("Sure, I'm checking the weather now.") unless the script gives its
  words. ``"test"`` (what a test asks for, to run fast): **the clock is the input audio**,
  each 100 ms appended moves the timeline 100 ms and gets one output frame back at once;
  appends are acknowledged at once in the next window of the track and spoken from there;
  the model says nothing while it delegates unless scripted. Either way the output track
  runs :data:`OUTPUT_LAG_MS` behind the input (its first frames are silence).
- Speech in the input is heard (:mod:`._live_hearing`): the words of
  ``script.next_transcript(...)`` (else a default sentence) at a speaker's pace, one
  ``session.input_transcript.delta`` per 200 ms window with the words heard in it, sent with
  the output frame of that window (some 400 ms after the window's end). Full duplex: the
  model takes its turn once it heard the whole utterance (or after :data:`TURN_SILENCE_MS`
  of silence) and answers with the next scripted response (``script.next_response``): its
  words as ``session.output_transcript.delta`` (one per 200 ms window of the output track,
  ``start_ms``/``end_ms`` on it) ahead of the audio that carries them, while the transcript
  of the user's last words is still to come; it delegates once those words are out.
- Barge-in is the model's: when the caller starts a new turn while it speaks, it yields
  (the rest of its words are dropped, its audio is silence from that frame on).
- ``session.commentary.append`` is spoken in the model's own words (:mod:`._live_phrasing`:
  ``script.next_phrasing(...)``, else a fixed rewording) after its place on the timeline;
  ``thinking`` and ``instructions`` appends are acknowledged (``*.appended`` with their
  place on the output track) and silent. One output audio fixture plays at a time.
- A scripted ``function_call`` makes the model delegate (:mod:`._live_delegation`).
- ``session.close`` ends with ``session.closed`` (``close_requested``) and a 1000 close; the
  session's maximum duration (two hours, configurable) with ``session.closed``
  (``expired``); ``session.usage.updated`` every 15 s of timeline.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import heapq
import os
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, Literal, Protocol

from realtime_ext import InvalidArgumentError

from ._audio import sine_pcm16
from ._events import JSON, ClientError, decode_audio, event
from ._json import json_copy, json_list, json_object
from ._live_delegation import Delegations
from ._live_errors import LiveErrorEvents
from ._live_hearing import (
    FRAME_MS,
    MODEL,
    TRANSCRIPT_WINDOW_MS,
    Hearing,
    words,
)
from ._live_phrasing import acknowledgement, phrased
from ._live_session import delegation_target, live_session, voice_error
from ._live_tokens import APPEND_TOKEN_LIMIT, context_tokens
from ._recall import message_text, recalled
from ._routes import Close, Send
from ._script import DEFAULT_TRANSCRIPT, Script
from ._scripted import ScriptedSession
from ._session import merge
from ._transcription import is_silence
from ._validation import client_event_error

TURN_SILENCE_MS = 800
"""Silence that ends the user's turn before the model heard all the words it expects: the
recorded model let a 600 ms pause pass (no words heard 3.0 to 3.6 s into the tool round's
question, then "Please look it up")."""
OUTPUT_LAG_MS = 600
"""How far the output track (the model's audio and words, and the transcript windows sent
with them) runs behind the input: on a recorded primary socket the first output frame came
after 700 ms of input, then one for each 100 ms appended, and each input transcript delta
came with the output frame of its own window (so some 400 ms after the window's end)."""
USAGE_EVERY_MS = 15_000
MIN_BILLED_SECONDS = 15.0
"""A session is billed at least 15 s (a 7 s recorded session reported ``seconds: 15.0``)."""
CONTEXT_LIMIT_CHARS = 128_000 * 4
MAX_SAYING = 4096
"""Words the model may still have to say: a bound against a script that floods it."""
LiveClock = Literal["wall", "test"]
"""What moves a Live session's timeline: the wall clock (as the API) or the input audio."""
LIVE_CLOCKS: tuple[LiveClock, ...] = ("wall", "test")
LIVE_CLOCK_ENV = "REALTIME_EXT_FAKE_LIVE_CLOCK"
"""The environment variable a test suite sets to ``test`` to run every fake server's GPT-Live
sessions on the test-speed clock (``live_clock=`` not given)."""


def live_clock_of(given: object) -> LiveClock:
    """A fake server's ``live_clock=``, else :data:`LIVE_CLOCK_ENV`, else the API's wall clock.

    >>> live_clock_of("test")
    'test'
    """
    where = "live_clock"
    if given is None:
        given, where = os.environ.get(LIVE_CLOCK_ENV) or "wall", LIVE_CLOCK_ENV
    for clock in LIVE_CLOCKS:
        if given == clock:
            return clock
    raise InvalidArgumentError(f"{where} must be 'wall' or 'test', got {str(given)[:40]!r}")


MAX_BUFFERED_MS = 300_000
"""Input audio (ms) waiting for the wall clock at most; what comes beyond it is dropped (a
client that floods the session must not grow it without bound)."""
MAX_CATCH_UP_MS = 500
"""A wall clock that fell this far behind (a loaded machine) starts again from now rather
than sending the frames it owes in a burst."""
ACK_AFTER_FRAMES = 6
"""Wall clock: commentary is acknowledged once this many output frames have gone (recorded:
after the sixth)."""
COMMENTARY_MIN_MS = 600
"""Wall clock: the earliest place of appended commentary on the output track (recorded:
``start_ms`` 600 for commentary sent as the session started)."""
SPEECH_AFTER_MS = 2400
"""Wall clock: how long after its place the model starts to say appended commentary
(recorded: placed at 600 ms, the first word at 3,000 ms)."""
MAX_SAID = 128
"""What the user said that a session keeps for ``recall``: the API's startup input bound
(at most 128 items), so a long-running session holds a bounded list."""


def _frame_bytes(audio_format: Mapping[str, Any]) -> int:
    if audio_format.get("type") == "audio/pcm":
        return int(audio_format.get("rate", 24_000)) * 2 * FRAME_MS // 1000
    return 8_000 * FRAME_MS // 1000  # G.711: one byte a sample at 8 kHz


def _g711_is_speech(frame: bytes, alaw: bool) -> bool:
    # The segment (exponent) bits of a G.711 byte grow with the amplitude; silence is
    # segment 0 (u-law bytes are stored inverted, A-law ones with even bits toggled).
    for byte in frame:
        code = byte ^ 0x55 if alaw else ~byte & 0xFF
        if (code >> 4) & 0x7 >= 3:
            return True
    return False


class Observer(Protocol):
    """A further channel of a Live session: it gets every event, and is told of each 100 ms
    of the timeline (what was heard, whether the model spoke) to carry audio its own way."""

    def send(self, payload: JSON) -> None:
        """One server event."""
        ...

    def close(self, code: int | None, reason: str) -> None:
        """The session ended."""
        ...

    def heard(self, at: int, speech: bool) -> None:
        """100 ms of input at ``at`` ms of the timeline (``speech``: not silence)."""
        ...

    def spoke(self, at: int, voiced: bool) -> None:
        """100 ms of output at ``at`` ms of the output track (``voiced``: the model spoke);
        negative while the track has not started (:data:`OUTPUT_LAG_MS`)."""
        ...


class LiveRegistry(Protocol):
    """Where a session is known by id once it starts (the server's, for sidebands and forks)."""

    def started(self, live: FakeLiveSession) -> None:
        """``live`` began."""
        ...

    def changed(self, live: FakeLiveSession) -> None:
        """What a fork of ``live`` inherits changed (its settings, what was said)."""
        ...

    def ended(self, live: FakeLiveSession, reason: str) -> None:
        """``live`` ended (``reason``: its ``session.closed`` reason)."""
        ...


class FakeLiveSession(LiveErrorEvents, ScriptedSession):
    """One GPT-Live session on one channel (a primary WebSocket).

    >>> out = []
    >>> live = FakeLiveSession(Script(), out.append, lambda code, reason: None)
    >>> live.handle_message('{"type": "session.start", "session": {"model": "gpt-live-1"}}')
    >>> out[-1]["type"], out[-1]["session"]["id"][:5]
    ('session.started', 'live_')
    """

    def __init__(
        self,
        script: Script,
        send: Send,
        close: Close,
        *,
        ttl_seconds: float | None = None,
        events: Mapping[str, str] | None = None,
        primary_audio: bool = True,
        registry: LiveRegistry | None = None,
        clock: LiveClock = "test",
    ) -> None:
        super().__init__({}, script, send, close)
        self.clock: LiveClock = clock
        """What moves the timeline (:data:`LiveClock`). A ``"wall"`` session started outside
        an event loop has no ticker: its owner calls :meth:`tick`."""
        self._ticker: asyncio.TimerHandle | None = None
        self._ticks = 0
        self._clock_origin = 0.0
        from realtime_generated.event_types import LIVE_CLIENT_EVENTS

        self.events: Mapping[str, str] = events if events is not None else LIVE_CLIENT_EVENTS
        self.ttl_seconds = ttl_seconds
        self.started: bool = False
        self.ended: bool = False
        self.now_ms: int = 0
        self._pending = bytearray()
        self._frame = _frame_bytes({"type": "audio/pcm", "rate": 24_000})
        self._format: JSON = {"type": "audio/pcm", "rate": 24_000}
        self._muted = False
        self._fixture_until = 0
        self._hearing: Hearing | None = None
        self._silence_ms = 0
        self._answered = False
        self._transcribed_by = 0
        self._speak_from = 0
        self._next_word_ms = 0
        self._saying: deque[str] = deque()
        self._voiced_until = 0
        self._next_heard: str | None = None  # what the next speech is heard as (hear())
        self.said: deque[str] = deque(maxlen=MAX_SAID)
        """What the user said that the session holds (its startup input's user texts, then
        each utterance heard), for a scripted ``recall`` answer; a fork starts from its
        stored session's (``fork_said``)."""
        self.fork_said: list[str] | None = None
        self._context_chars = 0
        self._usage_reports = 0
        self._due: list[tuple[int, int, Callable[[], None]]] = []
        self._due_count = 0
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None  # set once its channel runs
        self.delegations: Delegations = Delegations(self)
        self.primary_audio = primary_audio
        """Whether output audio goes to ``send`` as events (a WebSocket; not a WebRTC call,
        whose audio is RTP through an observer)."""
        self.registry = registry
        self.sip = False
        """Whether the session is a SIP call (accepted through ``…/accept``): DTMF works."""
        self.fork_of: JSON | None = None
        """On a fork socket: the stored session this one goes on from."""
        self.observers: list[Observer] = []
        """Further channels of this session: sidebands, a WebRTC call's peer."""

    @property
    def scheduled(self) -> int:
        """Actions waiting for the timeline (the backend's stream, a fixture's end)."""
        return len(self._due)

    @property
    def buffered(self) -> int:
        """Bytes of input audio waiting for the rest of their 100 ms frame."""
        return len(self._pending)

    # -- the channel ----------------------------------------------------------------------
    def start(self) -> None:
        """Nothing is sent first on a primary socket: the client starts with ``session.start``.

        The session's maximum duration counts from its start (:meth:`begin`), as the API's
        ``expires_at`` (the start plus two hours) says, not from the socket's open: a client
        slower to send ``session.start`` than a test's short duration is not closed before
        it began. A socket that never starts one holds a connection of the server's bound
        (``limits.max_connections``) until the client leaves or the server stops."""
        self._loop = asyncio.get_running_loop()  # where the duration's timer runs
        self._arm()  # a WebRTC call's session began with its create, before its channel

    def _arm(self) -> None:
        """Time the session's maximum duration from its start, once it runs on a loop."""
        loop, ttl = self._loop, self.ttl_seconds
        if self.started and self._timer is None and loop is not None and ttl is not None:
            self._timer = loop.call_later(ttl, self.expire)

    def detach(self) -> None:
        """The primary channel ended: so does the session (``connection_lost`` for its
        sidebands, when it had not closed)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._stop_clock()
        if self.started and not self.ended:
            self.finish("connection_lost")
        self.ended = True

    def handle_message(self, raw: str | bytes) -> None:
        """Parse and answer one client message (what a connection does with each)."""
        payload = self.parse(raw)
        if payload is not None:
            self.dispatch(payload)

    def emit(self, type_: str, **fields: Any) -> None:
        """Send a server event (with a fresh ``event_id``) on every channel."""
        if not self.ended:
            self.broadcast(event(type_, **fields))

    def broadcast(self, payload: JSON) -> None:
        """Send ``payload`` as it is on every channel of the session."""
        self.send(payload)
        for observer in list(self.observers):
            observer.send(payload)

    def dispatch(self, payload: JSON) -> None:
        """Check one client event as the API does, then handle it."""
        self.dispatch_from(payload, self.events, self)

    def dispatch_from(
        self, payload: JSON, events: Mapping[str, str], channel: ScriptedSession
    ) -> None:
        """Handle ``payload`` from ``channel`` (this socket, a sideband, a data channel),
        which may send ``events`` (a sideband's table is not the primary's); an error, or the
        error or close the script planned for the event, goes to that channel alone."""
        kind: str = payload["type"]
        client_event_id = payload.get("event_id")
        client_event_id = client_event_id if isinstance(client_event_id, str) else None
        if self.ended or channel.answered_as_planned(
            self.script.take_reaction(kind), client_event_id
        ):
            return
        try:
            self._dispatch(kind, payload, client_event_id, events)
        except ClientError as exc:
            channel.send(
                channel.error_event(
                    exc.message, code=exc.code, param=exc.param, event_id=client_event_id
                )
            )

    def _dispatch(
        self, kind: str, payload: JSON, client_event_id: str | None, events: Mapping[str, str]
    ) -> None:
        if kind not in events:
            supported = ", ".join(f"'{name}'" for name in sorted(events))
            raise ClientError(
                f"Invalid value: '{kind[:100]}'. Supported values are: {supported}.",
                code="invalid_value",
                param="type",
            )
        problem = client_event_error(payload, events) or voice_error(payload)
        if problem is not None:
            raise ClientError(problem["message"], code=problem["code"], param=problem["param"])
        if not self.started and kind != "session.start":
            raise ClientError(
                f"The first client event must be 'session.start', got '{kind}'.",
                code="session_not_started",
            )
        handler = getattr(self, "_on_" + kind.replace(".", "_"))
        handler(payload, client_event_id)

    # -- lifecycle ------------------------------------------------------------------------
    def _on_session_start(self, payload: JSON, client_event_id: str | None) -> None:
        if self.started:
            raise ClientError(
                "The session has already started; 'session.start' is sent once.",
                code="session_already_started",
            )
        config: JSON = payload["session"]
        if self.fork_of is not None:
            # A fork goes on from the stored session: its settings and input, overridden.
            stored = {
                k: v for k, v in self.fork_of.items() if k not in ("id", "expires_at", "status")
            }
            config = merge(stored, config)
        self.begin(live_session(config, ttl_seconds=self.ttl_seconds))

    def begin(self, session: JSON) -> None:
        """Start the session ``session`` (a resolved resource) and announce it."""
        self.session = session
        self.started = True
        audio_format = json_object((json_object(session.get("audio")) or {}).get("format"))
        if audio_format is not None:
            self._format = audio_format
            self._frame = _frame_bytes(audio_format)
        self._context_chars += len(str(session.get("instructions", "")))
        if self.fork_said is not None:  # the stored conversation goes on
            self.said.extend(self.fork_said)
        else:
            self.said.extend(_user_texts(session.get("input")))
        self.emit("session.started", session=json_copy(session))
        self._arm()
        if self.registry is not None:
            self.registry.started(self)
        if self.clock == "wall":
            self._start_clock()

    # -- the wall clock -------------------------------------------------------------------
    def _start_clock(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # driven in-process: the owner calls tick()
            return
        self._clock_origin = loop.time()
        self._ticks = 0
        self._ticker = loop.call_at(self._clock_origin + FRAME_MS / 1000, self._on_clock)

    def _on_clock(self) -> None:
        self._ticker = None
        if self.ended:
            return
        self.tick()
        self._ticks += 1
        loop = asyncio.get_running_loop()
        due = self._clock_origin + (self._ticks + 1) * FRAME_MS / 1000
        if loop.time() - due > MAX_CATCH_UP_MS / 1000:
            self._clock_origin = loop.time() - self._ticks * FRAME_MS / 1000
            due = self._clock_origin + (self._ticks + 1) * FRAME_MS / 1000
        self._ticker = loop.call_at(due, self._on_clock)

    def _stop_clock(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None

    def tick(self) -> None:
        """100 ms of the wall clock: the timeline takes the next 100 ms of buffered input
        (silence when none has come) and the output track sends its next frame."""
        if self.ended or not self.started:
            return
        frame = self._frame
        if len(self._pending) >= frame:
            chunk = bytes(self._pending[:frame])
            del self._pending[:frame]
            self._frame_in(chunk)
        else:
            self._frame_in(None)

    def _on_session_update(self, payload: JSON, client_event_id: str | None) -> None:
        changes: JSON = payload["session"]
        delegation = json_object(changes.get("delegation"))
        if delegation is not None:
            current = json_object(self.session.get("delegation")) or {"type": "client"}
            if delegation.get("type", current.get("type")) != current.get("type"):
                raise ClientError(
                    "The delegation type is set when the session starts and cannot change.",
                    code="invalid_value",
                    param="session.delegation.type",
                )
            merged: JSON = {**current, **delegation}
            for name in ("responses", "decisions"):
                given = json_object(delegation.get(name))
                if given is not None:
                    merged[name] = {**(json_object(current.get(name)) or {}), **given}
            self.session["delegation"] = merged
        if "triggers" in changes:
            self.session["triggers"] = changes["triggers"]
        self._ack("session.updated", client_event_id, session=json_copy(self.session))
        if self.registry is not None:
            self.registry.changed(self)

    def _on_session_close(self, payload: JSON, client_event_id: str | None) -> None:
        self.finish("close_requested", client_event_id)

    def finish(self, reason: str, client_event_id: str | None = None) -> None:
        """End the session: ``session.closed`` with ``reason`` and the final usage, then
        close the channel (1000)."""
        if self.ended:
            return
        seconds = max(self.now_ms / 1000, MIN_BILLED_SECONDS)
        self._ack(
            "session.closed",
            client_event_id,
            reason=reason,
            session=json_copy(self.session),
            usage={"seconds": seconds},
        )
        self.ended = True
        self._stop_clock()
        self.close(1000, "")
        for observer in list(self.observers):
            observer.close(1000, "")
        if self.registry is not None:
            self.registry.ended(self, reason)

    def expire(self) -> None:
        """The session reached its maximum duration (set when it started)."""
        self._timer = None
        self.finish("expired")

    def _ack(self, type_: str, client_event_id: str | None, **fields: Any) -> None:
        if client_event_id is not None:
            fields["client_event_id"] = client_event_id
        self.emit(type_, **fields)

    # -- text on the timeline -------------------------------------------------------------
    def _slot(self, client_event_id: str | None, type_: str) -> int:
        """Acknowledge an append in the next 200 ms slot of the output track: returns its end."""
        window = TRANSCRIPT_WINDOW_MS
        start = -(-max(0, self.now_ms - OUTPUT_LAG_MS) // window) * window
        self._ack(type_, client_event_id, start_ms=start, end_ms=start + window)
        return start + window

    def _on_session_commentary_append(self, payload: JSON, client_event_id: str | None) -> None:
        _check_append(payload["content"])
        self.delegations.answered(payload.get("delegation_id"), spoken=True)
        self._context_chars += len(payload["content"])
        scripted = self.script.take_phrasing()
        spoken = scripted if scripted is not None else phrased(payload["content"])
        if self.clock == "test":
            placed = self._slot(client_event_id, "session.commentary.appended")
            # Spoken after its place on the timeline (the acknowledgement, then output
            # audio, then the words).
            self.say(spoken, not_before_ms=placed)
            return

        def acknowledge() -> None:
            # Once the model's track has begun (its sixth frame gone), as recorded; placed
            # no earlier than 600 ms, and spoken 2.4 s after its place.
            window = TRANSCRIPT_WINDOW_MS
            track = max(COMMENTARY_MIN_MS, self.now_ms - OUTPUT_LAG_MS)
            start = -(-track // window) * window
            self._ack(
                "session.commentary.appended",
                client_event_id,
                start_ms=start,
                end_ms=start + window,
            )
            self.say(spoken, not_before_ms=start + SPEECH_AFTER_MS)

        self.at(max(self.now_ms, ACK_AFTER_FRAMES * FRAME_MS), acknowledge)

    def _on_session_thinking_append(self, payload: JSON, client_event_id: str | None) -> None:
        _check_append(payload["content"])
        self.delegations.answered(payload.get("delegation_id"), spoken=False)
        self._context_chars += len(payload["content"])
        self._slot(client_event_id, "session.thinking.appended")

    def _on_session_instructions_append(self, payload: JSON, client_event_id: str | None) -> None:
        _check_append(payload["content"])
        self._context_chars += len(payload["content"])
        self._slot(client_event_id, "session.instructions.appended")

    # -- audio ----------------------------------------------------------------------------
    def _on_session_input_audio_mute(self, payload: JSON, client_event_id: str | None) -> None:
        self._muted = True
        self._ack("session.input_audio.muted", client_event_id)

    def _on_session_input_audio_unmute(self, payload: JSON, client_event_id: str | None) -> None:
        self._muted = False
        self._ack("session.input_audio.unmuted", client_event_id)

    def _on_session_output_audio_fixture_play(
        self, payload: JSON, client_event_id: str | None
    ) -> None:
        pcm = decode_audio(payload["audio"])
        duration = len(pcm) * 1000 // (24_000 * 2)
        if duration > 30_000:
            raise ClientError(
                "Invalid 'audio': a fixture is at most 30 seconds of 24 kHz PCM16 mono.",
                code="invalid_value",
                param="audio",
            )
        if self.now_ms < self._fixture_until:
            # openai's docstring: "Only one fixture can be active." (It also bounds what a
            # client can make the session schedule.)
            raise ClientError(
                "A fixture is already playing: only one fixture can be active.",
                code="invalid_value",
                param="type",
            )
        self._fixture_until = self.now_ms + max(duration, FRAME_MS)
        self._ack("session.output_audio.fixture.playing", client_event_id)
        # ``played`` echoes the play command's client_event_id (openai's docstring).
        self.at(
            self._fixture_until,
            lambda: self._ack("session.output_audio.fixture.played", client_event_id),
        )

    def _on_session_input_audio_append(self, payload: JSON, client_event_id: str | None) -> None:
        self.feed(decode_audio(payload["audio"]))

    def feed(self, audio: bytes) -> None:
        """Input audio in the session's format (appended, or a WebRTC caller's decoded
        24 kHz PCM16): on the test clock the timeline moves one 100 ms frame for each whole
        frame; on the wall clock it waits for :meth:`tick` (at most :data:`MAX_BUFFERED_MS`)."""
        if self.clock == "wall":
            room = MAX_BUFFERED_MS * self._frame // FRAME_MS - len(self._pending)
            self._pending += audio[: max(0, room)]
            return
        self._pending += audio
        frame = self._frame
        while len(self._pending) >= frame and not self.ended:
            chunk = bytes(self._pending[:frame])
            del self._pending[:frame]
            self._frame_in(chunk)

    def _frame_in(self, chunk: bytes | None) -> None:
        """One 100 ms frame of input (``None``: none came in time, silence)."""
        speech = chunk is not None and not self._muted and self._is_speech(chunk)
        for observer in list(self.observers):
            observer.heard(self.now_ms, speech)
        self._tick(speech)

    def _is_speech(self, frame: bytes) -> bool:
        kind = self._format.get("type")
        if kind == "audio/pcm":
            return not is_silence(frame)
        return _g711_is_speech(frame, alaw=kind == "audio/pcma")

    def _tick(self, speech: bool) -> None:
        at = self.now_ms
        self._hear(speech, at)
        while self._due and self._due[0][0] <= at:
            _, _, action = heapq.heappop(self._due)
            action()
        self._speak(at - OUTPUT_LAG_MS)
        self.now_ms = at + FRAME_MS
        if self.now_ms // USAGE_EVERY_MS > self._usage_reports:
            self._usage_reports += 1
            ratio = min(1.0, self._context_chars / CONTEXT_LIMIT_CHARS)
            self.emit(
                "session.usage.updated",
                usage={"seconds": self.now_ms / 1000},
                context_window={"usage_ratio": round(ratio, 6)},
            )

    def at(self, when_ms: int, action: Callable[[], None]) -> None:
        """Run ``action`` when the timeline reaches ``when_ms`` (in order of scheduling)."""
        self._due_count += 1
        heapq.heappush(self._due, (when_ms, self._due_count, action))

    def _hear(self, speech: bool, at: int) -> None:
        if speech and self._answered and self._silence_ms and self._hearing is not None:
            # The utterance was heard whole and answered; speech after a pause (shorter
            # than a turn's silence) is the next one: Live transcribes all the user says.
            self._hearing = None
        if speech and self._hearing is None:
            self._yield(at)
            text, self._next_heard = self._next_heard, None
            if text is None:
                planned, scripted = self.script.take_transcript()
                text = scripted if planned and scripted else DEFAULT_TRANSCRIPT
            self._hearing = Hearing(text, onset_ms=at)
            self.said.append(text)
            self._answered = False
            if self.registry is not None:
                self.registry.changed(self)
        hearing = self._hearing
        if hearing is None:
            return
        self._silence_ms = 0 if speech else self._silence_ms + FRAME_MS
        for start, heard in hearing.tick(at, speech=speech):
            self._transcribe(start, heard)
        ended = self._silence_ms >= TURN_SILENCE_MS
        if ended:
            self._hearing = None
        # Full duplex, as recorded: the model takes its turn once it has heard the whole
        # utterance (the script's words), before their transcript is out and even while
        # the user's audio goes on; or when the user falls silent first (a shorter pause
        # mid-utterance, words still to come, is not a turn).
        if not self._answered and (ended or hearing.complete(at)):
            for start, heard in hearing.end():
                self._transcribe(start, heard)
            self._answered = True
            self.take_turn()

    def _yield(self, at: int) -> None:
        """A new input turn starts: a model still speaking yields to the caller, as Live's
        own barge-in does (no event says so: the words left unsaid are dropped and the
        output track is silent from the frame going out now on)."""
        now = at - OUTPUT_LAG_MS  # the output track's time of the frame going out now
        if self._saying or now < self._voiced_until:
            self._saying.clear()
            self._voiced_until = now

    def _transcribe(self, start: int, heard: str) -> None:
        # Sent with the output frame of its own window (OUTPUT_LAG_MS behind the input).
        due = max(start + OUTPUT_LAG_MS, self.now_ms)
        self._transcribed_by = max(self._transcribed_by, due)

        self.at(due, lambda: self._window("session.input_transcript.delta", start, heard))

    def _window(self, type_: str, start: int, text: str) -> None:
        """A transcript delta of one 200 ms window of the timeline (the text joins the
        session's context)."""
        self._context_chars += len(text)
        self.emit(type_, start_ms=start, end_ms=start + TRANSCRIPT_WINDOW_MS, delta=text)

    def take_turn(self) -> None:
        """The model takes its turn with the next scripted response, full duplex as the real
        model: it starts to speak at once, while the transcript of the user's last words is
        still to come; it delegates once those words are transcribed (the task is in them)."""
        planned = self.script.take_response()
        if planned.error is not None:
            error = planned.error
            self.broadcast(
                self.error_event(error.message, code=error.code, param=error.param, type=error.type)
            )
        elif planned.close is not None:
            self.ended = True
            self.close(planned.close.code, planned.close.reason)
        elif planned.function_calls or planned.mcp_approval_requests:
            target = delegation_target(self.session)
            if planned.preamble is None and self.clock == "wall":
                # The real model says it is on it while it delegates, in its own words.
                first = (planned.function_calls or planned.mcp_approval_requests)[0]
                planned = dataclasses.replace(planned, preamble=acknowledgement(first[-2]))
            self.at(self._transcribed_by, lambda: self.delegations.delegate(planned, target))
        else:
            self.say(recalled(self.said, planned.recall) if planned.recall else planned.text)

    def hear(self, text: str) -> None:
        """The next speech the session hears is transcribed as ``text`` (a caller a test
        scripts, on a phone line)."""
        self._next_heard = text

    @property
    def busy(self) -> bool:
        """Whether the session has work on its timeline: a turn being heard, words to say,
        actions due, or a delegation waiting for the app: a client delegation's answer, or
        the tool outputs the Responses backend's calls wait for (the backend's answer, and
        the model's words, come on the timeline after them)."""
        waiting = any(d.target == "client" or d.calls for d in self.delegations.open.values())
        return self._hearing is not None or bool(self._saying or self._due) or waiting

    def say(self, text: str, *, not_before_ms: int = 0) -> None:
        """Queue ``text`` for the model to speak (from ``not_before_ms`` on, if the model is
        not speaking yet), at the pace of Live's voice (:data:`._live_hearing.MODEL`)."""
        room = MAX_SAYING - len(self._saying)
        if not self._saying:
            # From the next window of the output track: the frame going out now is past.
            self._speak_from = max(not_before_ms, self.now_ms - OUTPUT_LAG_MS + FRAME_MS)
        self._saying.extend(words(text)[: max(0, room)])

    def _speak(self, at: int) -> None:
        # ``at`` is on the output track's clock; the track starts OUTPUT_LAG_MS in. As
        # recorded: one output transcript delta per 200 ms window with the words that begin
        # in it, sent ahead of the audio that carries them.
        if at < 0:  # the track has not started: silence, so each append still gets a frame
            self._send_audio(at, voiced=False)
            return
        if at % TRANSCRIPT_WINDOW_MS == 0 and at >= self._speak_from and self._saying:
            said, self._next_word_ms = MODEL.take(
                self._saying, max(self._next_word_ms, at), until_ms=at + TRANSCRIPT_WINDOW_MS
            )
            if said:
                self._window("session.output_transcript.delta", at, "".join(said))
                self._voiced_until = max(self._next_word_ms, at + TRANSCRIPT_WINDOW_MS)
        self._send_audio(at, voiced=at < self._voiced_until)

    def frame_audio(self, *, voiced: bool) -> bytes:
        """One 100 ms frame of audio in the session's format: a tone, or silence."""
        kind = self._format.get("type")
        if kind == "audio/pcm":
            rate = int(self._format.get("rate", 24_000))
            return sine_pcm16(FRAME_MS, rate=rate) if voiced else bytes(self._frame)
        silence = b"\xd5" if kind == "audio/pcma" else b"\xff"
        return (b"\x80\x00" * (self._frame // 2)) if voiced else silence * self._frame

    def _send_audio(self, at: int, *, voiced: bool) -> None:
        pcm = self.frame_audio(voiced=voiced)
        if self.ended:
            return
        # As recorded on a primary socket: no event_id and no timestamps on output audio.
        if self.primary_audio:
            self.send(
                {"type": "session.output_audio.delta", "delta": base64.b64encode(pcm).decode()}
            )
        for observer in list(self.observers):
            observer.spoke(at, voiced)

    # -- delegation -----------------------------------------------------------------------
    def _on_response_item_create(self, payload: JSON, client_event_id: str | None) -> None:
        self.delegations.item_created(payload["item"])

    def _on_response_create(self, payload: JSON, client_event_id: str | None) -> None:
        self.delegations.respond(client_event_id)

    def _on_decision_create(self, payload: JSON, client_event_id: str | None) -> None:
        self.delegations.decide(None, self.script.take_response())

    def _on_decision_item_create(self, payload: JSON, client_event_id: str | None) -> None:
        self._ack(
            "decision.item.created",
            client_event_id,
            item=self.delegations.add_item(payload["item"]),
        )

    def _on_transport_dtmf_send(self, payload: JSON, client_event_id: str | None) -> None:
        if not self.sip:
            raise ClientError(
                "DTMF can be sent on a SIP session only.", code="invalid_value", param="type"
            )
        self._ack("transport.dtmf.sent", client_event_id, event=payload["event"])

    def _on_decision_item_delete(self, payload: JSON, client_event_id: str | None) -> None:
        item_id = payload["item_id"]
        self.delegations.delete_item(item_id)
        self._ack("decision.item.deleted", client_event_id, item_id=item_id)


def _check_append(content: str) -> None:
    """Refuse context past the API's cap on one append (see :mod:`._live_tokens`)."""
    count = context_tokens(content)
    if count > APPEND_TOKEN_LIMIT:
        raise ClientError(
            f"Invalid 'content': string too long. Expected a string with maximum length "
            f"{APPEND_TOKEN_LIMIT} tokens, but got a string with length {count} tokens instead.",
            code="string_above_max_length",
            param="content",
        )


def _user_texts(items: object) -> list[str]:
    """The words of each user message among a session's startup ``input`` items."""
    found = [json_object(item) or {} for item in json_list(items) or []]
    return [text for item in found if item.get("role") == "user" and (text := message_text(item))]

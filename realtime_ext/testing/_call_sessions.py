"""One conversation per call, shared by every channel attached to it (sideband WebSockets,
a WebRTC data channel): what one sends, all see; every event is keyed by ``call_id``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._calls import GONE, GONE_STATES, FakeCall
from ._conversation import FakeConversation
from ._events import JSON, event
from ._http import HttpError
from ._json import json_copy
from ._script import Script
from ._session import merge, realtime_session, resolved
from ._voice import caller_speech

Send = Callable[[JSON], None]
Close = Callable[[int | None, str], None]

JOINABLE_STATES = frozenset({"created", "accepted", "referred"})
_AUDIO_DELTA = "response.output_audio.delta"


def _without_audio(send: Send) -> Send:
    def deliver(payload: JSON) -> None:
        if payload.get("type") != _AUDIO_DELTA:
            send(payload)

    return deliver


class CallSession:
    """The conversation of one call and the channels attached to it.

    Example:
        >>> seen = []
        >>> hub = CallSession(FakeCall("rtc_1", "accepted"), Script(), "gpt-realtime")
        >>> detach = hub.attach(seen.append, lambda code, reason: None)
        >>> hub.conversation.handle_message('{"type": "input_audio_buffer.clear"}')["type"]
        'input_audio_buffer.clear'
        >>> [e["type"] for e in seen]
        ['session.created', 'input_audio_buffer.cleared']
    """

    def __init__(self, call: FakeCall, script: Script, model: str) -> None:
        session = realtime_session(model)
        if isinstance(call.session, dict):
            requested = {k: v for k, v in call.session.items() if k not in ("id", "object")}
            session = resolved(merge(session, requested))
        self.call = call
        self._sinks: list[tuple[Send, Close]] = []
        conversation = FakeConversation(session, script, self._broadcast, self._close)
        self.conversation: FakeConversation = conversation

    def check_joinable(self) -> None:
        """Raise :class:`HttpError` unless the call can be joined (created/accepted/referred):
        404 ``call_id_not_found`` once it is over, as the API answers anything asked of a
        call that is over (recorded: a hangup after a hangup); 400 ``invalid_call_state``
        before it is accepted (or after the other API answered it)."""
        if self.call.state in GONE_STATES:
            status, message, code = GONE
            raise HttpError(status, message, code=code, param="call_id")
        if self.call.state not in JOINABLE_STATES:
            raise HttpError(
                400,
                f"Call '{self.call.id}' is {self.call.state}; cannot join it.",
                code="invalid_call_state",
            )

    def attach(self, send: Send, close: Close, *, sideband: bool = False) -> Callable[[], None]:
        """Add a channel: it gets every event from now on and, unless it is a ``sideband``
        WebSocket, ``session.created`` first.

        As on the real API, a sideband joins a session already under way: it gets no
        ``session.created``; on a WebRTC call it gets no ``response.output_audio.delta``
        either (the audio goes by RTP, to the caller). A SIP call the fake only registered
        has no audio leg, so its sideband still carries the audio as deltas.
        """
        self.check_joinable()
        if sideband and self.call.peer is not None:
            send = _without_audio(send)
        pair = (send, close)
        self._sinks.append(pair)
        if not sideband:
            send(event("session.created", session=json_copy(self.conversation.session)))

        def detach() -> None:
            if pair in self._sinks:
                self._sinks.remove(pair)

        return detach

    def caller_says(self, text: str, speech_ms: int) -> None:
        """The caller speaks on the call: ``speech_ms`` of voice, then a pause, reach the
        conversation as RTP audio would (server VAD hears the turn), transcribed as ``text``."""
        audio = caller_speech(self.conversation.session, speech_ms)
        self.conversation.hear(audio, text)

    @property
    def channels(self) -> int:
        """How many channels are attached."""
        return len(self._sinks)

    def _broadcast(self, payload: Any) -> None:
        for send, _ in list(self._sinks):
            send(payload)

    def _close(self, code: int | None, reason: str) -> None:
        for _, close in list(self._sinks):
            close(code, reason)

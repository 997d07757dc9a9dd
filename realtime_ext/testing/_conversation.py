"""One WebSocket session's state: audio buffer, conversation items, the active response."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
from collections import deque
from typing import Any

from ._arguments import example_value, forced_function, unknown_tool_choice
from ._events import JSON, ClientError, decode_audio, error_event, event
from ._faults import ResponseCut
from ._ids import new_id
from ._json import json_copy, json_object
from ._kept_audio import MAX_KEPT_AUDIO_BYTES, KeptAudio
from ._recall import message_text, recalled
from ._responses import ResponseRun
from ._routes import FREEZE, Close, Send
from ._script import DEFAULT_TRANSCRIPT, PlannedResponse, Script
from ._scripted import ScriptedSession
from ._session import merge, resolved
from ._transcription import (
    STREAMING_MODELS,
    transcription_enabled,
    transcription_events,
    transcription_model,
)
from ._validation import client_event_error
from ._voice import (
    IdleTimeout,
    SpeechHeard,
    SpeechStarted,
    Turn,
    Voice,
    input_format,
    output_format,
)

MIN_COMMIT_MS = 100
# The API reference caps one append at 15 MiB; the fake holds the uncommitted buffer to the
# same bound, so a client that appends and never commits cannot grow it without end. The
# API's own answer past it is not documented: this error code is the fake's.
MAX_INPUT_AUDIO_BYTES = 15 * 2**20
IDLE_PROMPT = (
    "No user speech was detected for a while. Please review the recorded audio: If the user "
    "was speaking, respond naturally. If not, follow up on their last message to keep the "
    "conversation going or ask if they're still there."
)
"""The system message the API adds when ``idle_timeout_ms`` passes (as recorded)."""
MAX_SAID = 64
"""Caller lines waiting for their turn's transcription (a session without transcription
never takes them: the oldest go first)."""
MAX_ITEMS = 4096
"""Items one fake session keeps (the oldest let go first, with their audio), so a session
of any length runs in flat memory; far more than a model's context holds. A let-go item is
``item_not_found`` afterwards."""

_CLIENT_EVENTS = (
    "session.update",
    "input_audio_buffer.append",
    "input_audio_buffer.commit",
    "input_audio_buffer.clear",
    "conversation.item.create",
    "conversation.item.truncate",
    "conversation.item.delete",
    "conversation.item.retrieve",
    "output_audio_buffer.clear",
    "response.create",
    "response.cancel",
)


def _require(payload: JSON, key: str, kind: type | tuple[type, ...]) -> Any:
    value = payload.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ClientError(f"Missing or invalid '{key}'.", code="invalid_value", param=key)
    return value


class FakeConversation(ScriptedSession):
    """Answers parsed client events with server events, as the real API does.

    >>> out = []
    >>> conv = FakeConversation({"type": "realtime"}, Script(), out.append, lambda c, r: None)
    >>> conv.handle_message('{"type": "input_audio_buffer.clear"}')["type"]
    'input_audio_buffer.clear'
    >>> out[-1]["type"]
    'input_audio_buffer.cleared'
    """

    def __init__(self, session: JSON, script: Script, send: Send, close: Close) -> None:
        super().__init__(session, script, send, close)
        self.conversation_id: str = new_id("conv")
        self.items: list[JSON] = []
        # The same items by id: create, retrieve and truncate find theirs without a scan
        # (a scan per create made a long conversation quadratic).
        self._by_id: dict[str, JSON] = {}
        self.item_audio: KeptAudio[bytes] = KeptAudio(limit=MAX_KEPT_AUDIO_BYTES, size=len)
        self.audio: bytearray = bytearray()
        self.active: ResponseRun | None = None
        self.last_response_id: str | None = None
        self.voice: Voice = Voice(self.item_audio)
        self._heard: list[JSON] = []
        self._streaming: tuple[str, list[JSON]] | None = None
        """A streaming model's transcription of the turn in progress: its item, what is left."""
        self._said: deque[str] = deque(maxlen=MAX_SAID)
        """What a call's caller said (``hear``), for the transcriptions of their turns."""
        """The input transcription of a turn server VAD is answering, for its response."""
        self.azure = False
        """Whether this is Azure OpenAI's conversation (the fake server's ``azure=``): its
        content parts come twice (as recorded)."""

    def handle_message(self, raw: str | bytes) -> JSON | None:
        """Parse and dispatch one message; returns the parsed event (``None`` if unusable)."""
        payload = self.parse(raw)
        if payload is not None:
            self.dispatch(payload)
        return payload

    def dispatch(self, payload: JSON) -> None:
        """Route one client event, applying scripted reactions first."""
        kind: str = payload["type"]
        event_id = payload.get("event_id")
        if self.answered_as_planned(self.script.take_reaction(kind), event_id):
            return
        if kind not in _CLIENT_EVENTS:
            supported = ", ".join(repr(name) for name in _CLIENT_EVENTS)
            self.send(
                error_event(
                    f"Invalid value: {kind[:60]!r}. Supported values are: {supported}.",
                    code="invalid_value",
                    param="type",
                    event_id=event_id,
                )
            )
            return
        problem = client_event_error(payload)
        if problem is not None:
            # As the API: the event is refused whole, with its error shape and code.
            problem.pop("type", None)
            self.send(error_event(problem.pop("message"), event_id=event_id, **problem))
            return
        handler = getattr(self, "_on_" + kind.replace(".", "_"))
        try:
            handler(payload)
        except ClientError as exc:
            self.send(error_event(exc.message, code=exc.code, param=exc.param, event_id=event_id))

    # -- items ---------------------------------------------------------------------------
    def _item(self, item_id: str) -> JSON:
        item = self._by_id.get(item_id)
        if item is None:
            raise ClientError(
                f"Item with item_id '{item_id[:64]}' not found.",
                code="item_not_found",
                param="item_id",
            )
        return item

    def _index(self, item_id: str) -> int:
        item = self._item(item_id)
        return next(i for i, each in enumerate(self.items) if each is item)

    def _last_id(self) -> str | None:
        return self.items[-1]["id"] if self.items else None

    def _add_item(self, item: JSON, previous_item_id: str | None = None) -> str | None:
        if previous_item_id is None:
            previous, position = self._last_id(), len(self.items)
        elif previous_item_id == "root":
            previous, position = None, 0
        else:
            position = self._index(previous_item_id) + 1
            previous = previous_item_id
        self.items.insert(position, item)
        self._by_id[item["id"]] = item
        self._bound()
        return previous

    def _bound(self) -> None:
        """Let the oldest items go while more than :data:`MAX_ITEMS` are held."""
        excess = len(self.items) - MAX_ITEMS
        if excess > 0:
            for gone in self.items[:excess]:
                self._by_id.pop(gone["id"], None)
                self.item_audio.pop(gone["id"], None)
            del self.items[:excess]

    def _announce(self, item: JSON, previous: str | None) -> None:
        self.send(event("conversation.item.added", previous_item_id=previous, item=json_copy(item)))
        self.send(event("conversation.item.done", previous_item_id=previous, item=json_copy(item)))

    # -- handlers (one per client event type) ---------------------------------------------
    def _on_session_update(self, payload: JSON) -> None:
        update = _require(payload, "session", dict)
        kind = update.get("type")
        if kind is not None and kind != self.session.get("type"):
            raise ClientError(
                f"Cannot change the session type from '{self.session.get('type')}' to "
                f"'{str(kind)[:40]}'.",
                code="invalid_value",
                param="session.type",
            )
        fixed = {k: self.session[k] for k in ("id", "object", "type") if k in self.session}
        self.session: JSON = resolved(merge(self.session, update) | fixed)
        self.send(event("session.updated", session=json_copy(self.session)))

    def _on_input_audio_buffer_append(self, payload: JSON) -> None:
        data = decode_audio(_require(payload, "audio", str))
        if len(self.audio) + len(data) > MAX_INPUT_AUDIO_BYTES:
            raise ClientError(
                f"The input audio buffer holds at most 15 MiB ({MAX_INPUT_AUDIO_BYTES} bytes): "
                f"it has {len(self.audio)} and this append would add {len(data)}. Commit or "
                "clear it first.",
                code="input_audio_buffer_too_large",
                param="audio",
            )
        self._hear(data)

    def hear(self, audio: bytes, transcript: str) -> None:
        """A call's caller said ``transcript``: ``audio`` (in the session's input format)
        arrives as if by RTP, into the input audio buffer as an append would, and the
        turn it makes is transcribed as ``transcript`` (see ``FakeRealtimeServer.caller_says``)."""
        self._said.append(transcript)
        self._hear(audio)

    def _hear(self, data: bytes) -> None:
        self.audio += data
        for turn in self.voice.appended(data, self.session, detect=self.script.speech_detection):
            self._turn(turn)

    def _turn(self, turn: Turn) -> None:
        """Act on what server VAD heard (see ``_voice``)."""
        if isinstance(turn, IdleTimeout):
            self._idle(turn)
            return
        if isinstance(turn, SpeechHeard):
            self._transcribe_heard(turn.item_id)
            return
        if isinstance(turn, SpeechStarted):
            self.send(
                event(
                    "input_audio_buffer.speech_started",
                    audio_start_ms=turn.audio_start_ms,
                    item_id=turn.item_id,
                )
            )
            if turn.interrupt_response and self.active is not None:
                run, self.active = self.active, None
                self._finish(run, "cancelled", "turn_detected")
            return
        self.send(
            event(
                "input_audio_buffer.speech_stopped",
                audio_end_ms=turn.audio_end_ms,
                item_id=turn.item_id,
            )
        )
        # A transcription session commits each turn and transcribes it: it has no model to
        # answer with, whatever its turn detection says.
        answers = turn.create_response and self.session.get("type") != "transcription"
        if answers and self.active is None:
            self._answer(turn.item_id)
        else:
            self.commit_input(turn.item_id)

    def _idle(self, turn: IdleTimeout) -> None:
        """The user said nothing for ``idle_timeout_ms``: as the API does, tell the model
        so with a system message, commit what was heard and answer (a follow-up)."""
        if self.active is not None:
            return
        self.send(
            event(
                "input_audio_buffer.timeout_triggered",
                audio_start_ms=turn.audio_start_ms,
                audio_end_ms=turn.audio_end_ms,
                item_id=turn.item_id,
            )
        )
        nudge: JSON = {
            "id": new_id("item"),
            "type": "message",
            "status": "completed",
            "role": "system",
            "content": [{"type": "input_text", "text": IDLE_PROMPT}],
        }
        self._announce(nudge, self._add_item(nudge))
        self._answer(turn.item_id)

    def _answer(self, item_id: str) -> None:
        """Commit the input as ``item_id`` and answer it at once: as on the API, the turn's
        input transcription then comes inside that response (sent by it), not before it."""
        self._heard = self.commit_input(item_id, transcribe_later=True)
        self.dispatch({"type": "response.create"})
        heard, self._heard = self._heard, []
        for message in heard:  # the response was refused: the transcription still comes
            self.send(message)

    def _on_input_audio_buffer_commit(self, payload: JSON) -> None:
        duration = input_format(self.session).ms(len(self.audio))
        if duration < MIN_COMMIT_MS:
            raise ClientError(
                "Error committing input audio buffer: buffer too small. Expected at least "
                f"{MIN_COMMIT_MS}ms of audio, but buffer only has {duration:.2f}ms of audio.",
                code="input_audio_buffer_commit_empty",
            )
        self.commit_input(self.voice.end_speech() or new_id("item"))

    def commit_input(self, item_id: str, *, transcribe_later: bool = False) -> list[JSON]:
        """Turn the input audio buffer into user item ``item_id`` (commit, server VAD);
        its input transcription is sent now, or returned with ``transcribe_later``."""
        item: JSON = {
            "id": item_id,
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [{"type": "input_audio", "transcript": None}],
        }
        self.item_audio[item["id"]] = bytes(self.audio)
        self.audio.clear()
        previous = self._add_item(item)
        self.send(
            event("input_audio_buffer.committed", previous_item_id=previous, item_id=item["id"])
        )
        self._announce(item, previous)
        heard = self._transcribe(item) if transcription_enabled(self.session) else []
        if transcribe_later:
            return heard
        for message in heard:
            self.send(message)
        return []

    def _next_transcript(self) -> str | None:
        if self._said:  # a call's caller said it
            return self._said.popleft()
        planned, text = self.script.take_transcript()
        return text if planned else DEFAULT_TRANSCRIPT

    def _transcribe_heard(self, item_id: str) -> None:
        """A streaming model (``gpt-realtime-whisper``) sends a delta for each second of
        speech it hears, before ``speech_stopped``; the rest comes after the commit."""
        model = transcription_model(self.session)
        if not transcription_enabled(self.session) or model not in STREAMING_MODELS:
            return
        if self._streaming is None or self._streaming[0] != item_id:
            events = transcription_events(
                item_id, bytes(self.audio), self._next_transcript(), model
            )
            self._streaming = (item_id, events)
        events = self._streaming[1]
        if len(events) > 1 and events[0]["type"].endswith(".delta"):
            self.send(events.pop(0))

    def _transcribe(self, item: JSON) -> list[JSON]:
        if self._streaming is not None and self._streaming[0] == item["id"]:
            events, self._streaming = self._streaming[1], None  # what is left of it
        else:
            model = transcription_model(self.session)
            audio = self.item_audio[item["id"]]
            events = transcription_events(item["id"], audio, self._next_transcript(), model)
        completed = events[-1]
        if completed["type"].endswith(".completed"):
            # Later conversation.item.retrieve calls see the transcript, as on the API.
            item["content"][0]["transcript"] = completed["transcript"]
        return events

    def _on_input_audio_buffer_clear(self, payload: JSON) -> None:
        self.audio.clear()
        self.voice.end_speech()
        self.send(event("input_audio_buffer.cleared"))

    def _on_conversation_item_create(self, payload: JSON) -> None:
        item = json_copy(_require(payload, "item", dict))
        if not isinstance(item.get("type"), str):
            raise ClientError(
                "Missing required parameter: 'item.type'.",
                code="missing_required_parameter",
                param="item.type",
            )
        item.setdefault("id", new_id("item"))
        if item["id"] in self._by_id:
            raise ClientError(
                f"Item with id '{str(item['id'])[:64]}' already exists.",
                code="item_already_exists",
                param="item.id",
            )
        if item["type"] == "mcp_approval_response":
            asked = self._by_id.get(str(item.get("approval_request_id")))
            if asked is None or asked.get("type") != "mcp_approval_request":
                raise ClientError(
                    "No MCP approval request found with id "
                    f"'{str(item.get('approval_request_id'))[:64]}'.",
                    code="invalid_value",
                    param="item.approval_request_id",
                )
        if item["type"] not in ("function_call_output", "mcp_approval_response"):
            item["status"] = "completed"  # as recorded: an output has no status
        previous_item_id = payload.get("previous_item_id")
        previous = self._add_item(
            item, previous_item_id if isinstance(previous_item_id, str) else None
        )
        self._announce(item, previous)

    def _on_conversation_item_truncate(self, payload: JSON) -> None:
        item_id = _require(payload, "item_id", str)
        content_index = _require(payload, "content_index", int)
        audio_end_ms = _require(payload, "audio_end_ms", int)
        item = self._item(item_id)
        self.voice.truncate(item, content_index, audio_end_ms, self.session)
        self.send(
            event(
                "conversation.item.truncated",
                item_id=item_id,
                content_index=content_index,
                audio_end_ms=audio_end_ms,
            )
        )

    def _on_conversation_item_delete(self, payload: JSON) -> None:
        item_id = _require(payload, "item_id", str)
        del self.items[self._index(item_id)]
        del self._by_id[item_id]
        self.item_audio.pop(item_id, None)
        self.send(event("conversation.item.deleted", item_id=item_id))

    def _on_conversation_item_retrieve(self, payload: JSON) -> None:
        item_id = _require(payload, "item_id", str)
        item = json_copy(self._item(item_id))
        if item_id in self.item_audio:
            audio = base64.b64encode(self.item_audio[item_id]).decode()
            item["content"] = [{**part, "audio": audio} for part in item.get("content", [])]
        self.send(event("conversation.item.retrieved", item=item))

    def _on_output_audio_buffer_clear(self, payload: JSON) -> None:
        self.send(event("output_audio_buffer.cleared", response_id=self.last_response_id or ""))

    def _on_response_create(self, payload: JSON) -> None:
        if self.active is not None:
            raise ClientError(
                "Conversation already has an active response in progress: "
                f"{self.active.id}. Wait until the response is finished before creating a "
                "new one.",
                code="conversation_already_has_active_response",
            )
        given = json_object(payload.get("response"))
        params = given if given is not None else {}
        in_band = params.get("conversation", "auto") != "none"
        unknown = unknown_tool_choice(self.session, params)
        if unknown is not None:
            # As the API: no response; the scripted plan (if any) stays for the next one.
            name, param = unknown
            raise ClientError(
                f"Tool choice '{name[:64]}' not found in 'tools' parameter.",
                code="invalid_value",
                param=param,
            )
        plan = self._plan(params)
        if plan.recall:
            # From what the session holds, nothing else: its user messages' words.
            said = [message_text(item) for item in self.items if item.get("role") == "user"]
            plan = dataclasses.replace(plan, text=recalled(said, plan.recall))
        if self.answered_as_planned(plan.error or plan.close, payload.get("event_id")):
            return
        run = ResponseRun(
            self.session,
            plan,
            self.send
            if plan.cut is None
            else self._cutting(plan.cut.after_deltas, plan.cut.freeze),
            conversation_id=self.conversation_id if in_band else None,
            params=params,
            input_tokens=10 + 5 * len(self.items),
            transcription=self._heard,
            azure=self.azure,
            rate_limits=(
                not self.azure
                if self.script.rate_limits_updated is None
                else self.script.rate_limits_updated
            ),
        )
        self._heard = []
        self.voice.track(run.item["id"], run)
        self.last_response_id = run.id
        previous = self._last_id()
        if in_band:
            self.items.extend(run.items)
            self._by_id.update((item["id"], item) for item in run.items)
            self._bound()
        run.begin(previous)
        if run.plan.hold:
            self.active = run
            return
        if run.plan.delay_ms:
            # A slow response: created now, its output later (cancellable meanwhile).
            self.active = run
            loop = asyncio.get_running_loop()
            loop.call_later(run.plan.delay_ms / 1000, self._complete_later, run)
            return
        run.stream()
        self._finish(run, "completed")

    def _finish(self, run: ResponseRun, status: str, reason: str | None = None) -> None:
        run.finish(status, reason)
        self.voice.responded(output_format(self.session).ms(len(run.audio)))

    def _cutting(self, after_deltas: int, freeze: bool) -> Send:
        """``send`` for a response whose connection is cut (or frozen) part-way through."""
        cut: ResponseCut | None = ResponseCut(after_deltas)

        def send(payload: JSON) -> None:
            nonlocal cut
            if cut is None:
                return  # the connection is gone (or frozen): nothing more goes out
            self.send(payload)
            if cut.due(payload):
                cut = None
                self.close(FREEZE if freeze else None, "")

        return send

    def _complete_later(self, run: ResponseRun) -> None:
        if self.active is not run:
            return  # cancelled meanwhile
        self.active = None
        run.stream()
        self._finish(run, "completed")

    def _plan(self, params: JSON) -> PlannedResponse:
        planned = self.script.take_planned()
        if planned is not None:
            return planned
        forced = forced_function(self.session, params)
        if forced is None:
            return PlannedResponse()
        # tool_choice names a function (or is "required"): the model must call one.
        name, schema = forced
        arguments = json.dumps(example_value(schema), separators=(",", ":"))
        return PlannedResponse(function_calls=((name, arguments),))

    def _on_response_cancel(self, payload: JSON) -> None:
        run = self.active
        wanted = payload.get("response_id")
        if run is None or (isinstance(wanted, str) and wanted != run.id):
            raise ClientError(
                "Cancellation failed: no active response found.", code="response_cancel_not_active"
            )
        self.active = None
        self._finish(run, "cancelled", "client_cancelled")

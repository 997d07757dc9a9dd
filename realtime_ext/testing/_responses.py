"""One model response, streamed as the real API streams it (text, audio, function calls).

The order is the real API's, as recorded (``tests/data/realtraffic``): ``response.created``;
per output item ``response.output_item.added``, ``conversation.item.added``, its deltas,
then ``conversation.item.done`` before ``response.output_item.done``; ``response.done``
last, then ``rate_limits.updated`` when the run is asked for it (on OpenAI's route by
default, as recorded: ``Script.report_rate_limits``). A spoken answer's
transcript runs ahead of its audio, in bursts (the first tokens, then some audio, then more
tokens...); text deltas carry the API's ``obfuscation`` padding. The input transcription of
the user turn that started the response (server VAD) arrives inside it: its first deltas
right after ``response.created``, the rest one after each output delta; a failed one at
once (recorded: ``.failed`` right after ``response.created``).
"""

from __future__ import annotations

import base64
import math
from collections.abc import Callable
from typing import Any

from ._audio import SAMPLE_RATE, chunk
from ._events import JSON, event, obfuscation, tokens
from ._ids import new_id
from ._json import json_copy
from ._script import PlannedResponse
from ._voice import output_audio, output_format

Send = Callable[[JSON], None]
AUDIO_CHUNK_MS = 100


def _pieces(text: str, count: int = 3) -> list[str]:
    size = max(1, math.ceil(len(text) / count))
    return [text[i : i + size] for i in range(0, len(text), size)]


REQUESTS_PER_MINUTE = 5000
TOKENS_PER_MINUTE = 400_000


def rate_limits(input_tokens: int) -> list[JSON]:
    """The ``rate_limits`` list of ``rate_limits.updated``: requests and tokens left.

    >>> [limit["name"] for limit in rate_limits(10)]
    ['requests', 'tokens']
    """
    return [
        {
            "name": "requests",
            "limit": REQUESTS_PER_MINUTE,
            "remaining": REQUESTS_PER_MINUTE - 1,
            "reset_seconds": 0.012,
        },
        {
            "name": "tokens",
            "limit": TOKENS_PER_MINUTE,
            "remaining": TOKENS_PER_MINUTE - input_tokens - 4096,
            "reset_seconds": 0.6,
        },
    ]


FIRST_TOKENS = 3
"""Transcript tokens sent before the first audio of a spoken answer (as recorded)."""
TOKEN_BURST = 5
AUDIO_BURST = 3
"""After the first tokens, the transcript comes in bursts of up to this many tokens, each
after this many audio chunks, until the transcript is out; the rest of the audio follows."""


def _bursts(tokens: list[str], chunks: list[bytes]) -> list[str | bytes]:
    """A spoken answer's deltas in the real API's order (a token is a ``str``, an audio chunk
    ``bytes``): the transcript ahead of the audio.

    >>> _bursts(["a", "b", "c", "d"], [b"1", b"2", b"3", b"4"])
    ['a', 'b', 'c', b'1', b'2', b'3', 'd', b'4']
    """
    out: list[str | bytes] = list(tokens[:FIRST_TOKENS])
    rest, audio = tokens[FIRST_TOKENS:], chunks
    while rest:
        out += audio[:AUDIO_BURST]
        out += rest[:TOKEN_BURST]
        audio, rest = audio[AUDIO_BURST:], rest[TOKEN_BURST:]
    return out + audio


class ResponseRun:
    """Emits one response's events through ``send``: :meth:`begin`, :meth:`stream`, and
    :meth:`finish` to end it (completed, or cancelled part-way).

    ``transcription`` is the input transcription of the user turn the response answers
    (its deltas and ``completed``/``failed``), sent inside the response as the API does.
    ``rate_limits`` adds ``rate_limits.updated`` after ``response.done`` (the script's
    opt-in: the real API, as recorded, sends none).

    >>> sent = []
    >>> run = ResponseRun({}, PlannedResponse(text="Hi"), sent.append, conversation_id=None)
    >>> run.begin(); run.stream(); item = run.finish("completed")
    >>> [e["type"] for e in sent[-2:]]
    ['response.output_item.done', 'response.done']
    >>> run = ResponseRun({}, PlannedResponse(text="Hi"), sent.append, conversation_id=None,
    ...                   rate_limits=True)
    >>> run.begin(); run.stream(); item = run.finish("completed")
    >>> [e["type"] for e in sent[-2:]]
    ['response.done', 'rate_limits.updated']
    """

    def __init__(
        self,
        session: JSON,
        plan: PlannedResponse,
        send: Send,
        *,
        conversation_id: str | None,
        params: JSON | None = None,
        input_tokens: int = 0,
        transcription: list[JSON] | None = None,
        azure: bool = False,
        rate_limits: bool = False,
    ) -> None:
        params = params or {}
        self.plan = plan
        self.azure = azure
        """Whether Azure OpenAI answers (it sends each content part twice)."""
        self.rate_limits = rate_limits
        """Whether ``rate_limits.updated`` follows ``response.done``."""
        self.send = send
        self.in_conversation: bool = conversation_id is not None
        self.modalities: list[str] = list(
            params.get("output_modalities") or session.get("output_modalities") or ["audio"]
        )
        asks = plan.function_calls or plan.mcp_approval_requests
        self.says: str | None = plan.preamble if asks else plan.text
        self.audio_mode: bool = "audio" in self.modalities and self.says is not None
        output_audio = session.get("audio", {}).get("output", {})
        self.response: JSON = {
            "object": "realtime.response",
            "id": new_id("resp"),
            "status": "in_progress",
            "status_details": None,
            "output": [],
            "conversation_id": conversation_id,
            "output_modalities": self.modalities,
            "max_output_tokens": params.get("max_output_tokens", "inf"),
            "audio": {
                "output": {
                    "format": output_audio.get(
                        "format", {"type": "audio/pcm", "rate": SAMPLE_RATE}
                    ),
                    "voice": output_audio.get("voice", "alloy"),
                }
            },
            "usage": None,
            "metadata": params.get("metadata"),
        }
        self.session = session
        self.items: list[JSON] = self._new_items()
        self.item: JSON = self.items[0]
        """The message item (its audio can be truncated), else the first call."""
        self.produced: str = ""
        self.audio_bytes: int = 0
        self.audio: bytes = b""  # the message's whole audio, in the session's output format
        self.input_tokens = input_tokens
        self._transcription: list[JSON] = list(transcription or [])
        self._started = 0  # output items announced (added)
        self._done = 0  # output items ended (done)
        self._previous: str | None = None

    @property
    def id(self) -> str:
        """The ``resp_...`` id."""
        return str(self.response["id"])

    def _new_items(self) -> list[JSON]:
        def base() -> JSON:
            return {"id": new_id("item"), "status": "in_progress"}

        items: list[JSON] = []
        if self.says is not None:
            message: JSON = {**base(), "type": "message", "role": "assistant", "content": []}
            if str(self.session.get("model", "")).startswith("gpt-realtime-2"):
                # gpt-realtime-2.x marks what it says: the answer, or a comment before a call.
                message["phase"] = "commentary" if self.plan.function_calls else "final_answer"
            items.append(message)
        items += [
            {
                **base(),
                "type": "function_call",
                "name": name,
                "call_id": new_id("call", 8),
                "arguments": "",
            }
            for name, _ in self.plan.function_calls
        ]
        items += [
            {
                "id": new_id("mcpr"),
                "type": "mcp_approval_request",
                "server_label": label,
                "name": name,
                "arguments": arguments,
            }
            for label, name, arguments in self.plan.mcp_approval_requests
        ]
        return items

    def _where(self, index: int, with_content: bool = True) -> JSON:
        where: JSON = {
            "response_id": self.id,
            "item_id": self.items[index]["id"],
            "output_index": index,
        }
        if with_content:
            where["content_index"] = 0
        return where

    def _part(self) -> JSON:
        if self.audio_mode:
            return {"type": "audio", "transcript": self.produced}
        return {"type": "text", "text": self.produced}

    def _heard(self, count: int = 1, *, deltas_only: bool = False) -> None:
        """Send the next ``count`` events of the input transcription, if any are left
        (``deltas_only``: not its ``completed``)."""
        for _ in range(count):
            if not self._transcription or (
                deltas_only and not self._transcription[0]["type"].endswith(".delta")
            ):
                return
            self.send(self._transcription.pop(0))

    def begin(self, previous_item_id: str | None = None) -> None:
        """``response.created``, then the first output item's ``added`` events."""
        self.send(event("response.created", response=json_copy(self.response)))
        # As recorded: a third of the input transcription's deltas come first.
        deltas = sum(e["type"].endswith(".delta") for e in self._transcription)
        self._heard(math.ceil(deltas / 3))
        if self._transcription and self._transcription[0]["type"].endswith(".failed"):
            self._heard()  # a failure has nothing to stream: at once, as recorded
        self._previous = previous_item_id
        self._start()

    def _start(self) -> None:
        index = self._started
        item = self.items[index]
        self._started += 1
        self._output_item("added", index)
        if self.in_conversation:
            self.send(
                event(
                    "conversation.item.added", previous_item_id=self._previous, item=json_copy(item)
                )
            )
        if item["type"] == "message":
            self._content_part("added", index)

    def _content_part(self, stage: str, index: int) -> None:
        # As recorded: Azure gives the part twice, as ``part`` and as ``content``; OpenAI
        # as ``part`` alone.
        part = self._part()
        twice = {"content": dict(part)} if self.azure else {}
        self.send(event(f"response.content_part.{stage}", **self._where(index), part=part, **twice))

    def stream(self) -> None:
        """Every output item's deltas and ``done`` events, in a fixed order for a plan."""
        while self._done < len(self.items):
            if self._started == self._done:
                self._start()
            index = self._done
            kind = self.items[index]["type"]
            if kind == "message":
                self._stream_message(index)
            elif kind == "function_call":
                self._stream_call(index)
            self._end(index, "completed")

    def _stream_call(self, index: int) -> None:
        item = self.items[index]
        first_call = next(i for i, item in enumerate(self.items) if item["type"] == "function_call")
        _, arguments = self.plan.function_calls[index - first_call]
        for piece in _pieces(arguments):
            item["arguments"] += piece
            self.send(
                event(
                    "response.function_call_arguments.delta",
                    **self._where(index, False),
                    call_id=item["call_id"],
                    delta=piece,
                    obfuscation=obfuscation(piece),
                )
            )
            self._heard()

    def _stream_message(self, index: int) -> None:
        said = tokens(self.says or "")
        if not self.audio_mode:
            for token in said:
                self._say("response.output_text.delta", index, token)
                self._heard()
            return
        pcm = output_audio(self.session, self.plan.audio_ms)
        self.audio = pcm
        chunks = chunk(pcm, output_format(self.session).nbytes(AUDIO_CHUNK_MS)) if pcm else []
        pieces = _bursts(said, chunks)
        last_token = max((i for i, p in enumerate(pieces) if isinstance(p, str)), default=-1)
        for i, piece in enumerate(pieces):
            if isinstance(piece, bytes):
                # As recorded: the input transcription trickles in around the start of each
                # burst of audio, and is complete once the answer's transcript is out.
                opens_burst = i == 0 or isinstance(pieces[i - 1], str)
                if opens_burst:
                    self._heard(deltas_only=True)
                self.audio_bytes += len(piece)
                delta = base64.b64encode(piece).decode()
                self.send(event("response.output_audio.delta", **self._where(index), delta=delta))
                if opens_burst:
                    self._heard(deltas_only=True)
                if i > last_token:
                    self._heard(len(self._transcription))
            else:
                self._say("response.output_audio_transcript.delta", index, piece)

    def _say(self, kind: str, index: int, token: str) -> None:
        """One token of the message's text or transcript."""
        self.produced += token
        self.send(event(kind, **self._where(index), delta=token, obfuscation=obfuscation(token)))

    def _output_item(self, stage: str, index: int) -> None:
        item = json_copy(self.items[index])
        self.send(
            event(
                f"response.output_item.{stage}", response_id=self.id, output_index=index, item=item
            )
        )

    def _end(self, index: int, status: str) -> None:
        """An output item's ``done`` events; every item ends the same way."""
        item = self.items[index]
        self._done += 1
        if item["type"] == "mcp_approval_request":  # complete when added: no deltas, no status
            self._output_item("done", index)
            self._previous = item["id"]
            return
        if item["type"] == "function_call":
            self.send(
                event(
                    "response.function_call_arguments.done",
                    **self._where(index, False),
                    call_id=item["call_id"],
                    name=item["name"],
                    arguments=item["arguments"],
                )
            )
        else:
            if self.audio_mode:
                self.send(event("response.output_audio.done", **self._where(index)))
                self.send(
                    event(
                        "response.output_audio_transcript.done",
                        **self._where(index),
                        transcript=self.produced,
                    )
                )
                item["content"] = [{"type": "output_audio", "transcript": self.produced}]
            else:
                self.send(
                    event("response.output_text.done", **self._where(index), text=self.produced)
                )
                item["content"] = [{"type": "output_text", "text": self.produced}]
            self._content_part("done", index)
        item["status"] = status
        if self.in_conversation:
            # As recorded: the conversation's item.done comes before output_item.done.
            self.send(
                event(
                    "conversation.item.done", previous_item_id=self._previous, item=json_copy(item)
                )
            )
        self._output_item("done", index)
        self._previous = item["id"]

    def _usage(self) -> JSON:
        # Counted in words, roughly (the fake has no tokenizer of the model's).
        said = [self.produced, *(item.get("arguments", "") for item in self.items)]
        text_tokens = sum(len(text.split()) for text in said)
        audio_tokens = self.audio_bytes // (SAMPLE_RATE * 2 // 20)  # ~20 tokens per second
        output = text_tokens + audio_tokens
        return {
            "total_tokens": self.input_tokens + output,
            "input_tokens": self.input_tokens,
            "output_tokens": output,
            "input_token_details": {
                "text_tokens": self.input_tokens,
                "audio_tokens": 0,
                "image_tokens": 0,
                "cached_tokens": 0,
                "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 0, "image_tokens": 0},
            },
            "output_token_details": {"text_tokens": text_tokens, "audio_tokens": audio_tokens},
        }

    def finish(self, status: str, reason: str | None = None) -> JSON:
        """End the response: the item under way (if any) ends ``incomplete`` unless it
        completed, then ``response.done`` (and ``rate_limits.updated`` when asked for);
        returns the message item (else the first call)."""
        if self._started > self._done:
            self._end(self._done, "completed" if status == "completed" else "incomplete")
        self._heard(len(self._transcription))
        details: Any = None if status == "completed" else {"type": status, "reason": reason}
        # The items themselves, copied once with the response into the event (only the
        # event is a snapshot: the run reads nothing but its id from the response after this).
        self.response.update(
            status=status,
            status_details=details,
            output=self.items[: self._started],
            usage=self._usage(),
        )
        self.send(event("response.done", response=json_copy(self.response)))
        if self.rate_limits:
            # Opted in: once the response is done, its input tokens counted.
            self.send(event("rate_limits.updated", rate_limits=rate_limits(self.input_tokens)))
        return self.item

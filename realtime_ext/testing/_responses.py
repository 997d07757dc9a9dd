"""One model response, streamed as the real API streams it (text, audio or function call)."""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Callable
from typing import Any

from ._audio import SAMPLE_RATE, chunk
from ._events import JSON, event
from ._ids import new_id
from ._json import json_copy
from ._script import PlannedResponse
from ._voice import output_audio, output_format

Send = Callable[[JSON], None]
AUDIO_CHUNK_MS = 100


def _words(text: str) -> list[str]:
    return re.findall(r"\s*\S+|\s+$", text)


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


class ResponseRun:
    """Emits one response's events through ``send``; :meth:`finish` ends it.

    >>> sent = []
    >>> run = ResponseRun({}, PlannedResponse(text="Hi"), sent.append, conversation_id=None)
    >>> run.begin(); run.stream(); item = run.finish("completed")
    >>> sent[-1]["type"]
    'response.done'
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
    ) -> None:
        params = params or {}
        self.plan = plan
        self.send = send
        self.in_conversation: bool = conversation_id is not None
        self.modalities: list[str] = list(
            params.get("output_modalities") or session.get("output_modalities") or ["audio"]
        )
        self.audio_mode: bool = "audio" in self.modalities and not plan.function_calls
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
        self.items: list[JSON] = self._new_items()
        self.item: JSON = self.items[0]
        self.produced: str = ""
        self.audio_bytes: int = 0
        self.audio: bytes = b""  # the message's whole audio, in the session's output format
        self.session = session
        self.input_tokens = input_tokens

    @property
    def id(self) -> str:
        """The ``resp_...`` id."""
        return str(self.response["id"])

    def _new_items(self) -> list[JSON]:
        def base() -> JSON:
            return {"id": new_id("item"), "object": "realtime.item", "status": "in_progress"}

        if self.plan.function_calls:
            return [
                {
                    **base(),
                    "type": "function_call",
                    "name": name,
                    "call_id": new_id("call", 8),
                    "arguments": "",
                }
                for name, _ in self.plan.function_calls
            ]
        return [{**base(), "type": "message", "role": "assistant", "content": []}]

    def _where(self, with_content: bool = True, index: int = 0) -> JSON:
        item_id = self.items[index]["id"]
        where: JSON = {"response_id": self.id, "item_id": item_id, "output_index": index}
        if with_content:
            where["content_index"] = 0
        return where

    def _part(self) -> JSON:
        if self.audio_mode:
            return {"type": "audio", "transcript": self.produced}
        return {"type": "text", "text": self.produced}

    def begin(self, previous_item_id: str | None = None) -> None:
        """``response.created`` through ``response.content_part.added``."""
        self.send(event("response.created", response=json_copy(self.response)))
        # The real API reports the account's limits at the start of every response.
        self.send(event("rate_limits.updated", rate_limits=rate_limits(self.input_tokens)))
        for index, item in enumerate(self.items):
            self._output_item("added", index)
            if self.in_conversation:
                self.send(
                    event(
                        "conversation.item.added",
                        previous_item_id=previous_item_id,
                        item=json_copy(item),
                    )
                )
            previous_item_id = item["id"]
        if not self.plan.function_calls:
            self.send(event("response.content_part.added", **self._where(), part=self._part()))

    def stream(self) -> None:
        """The delta events, in a fixed order for a given plan."""
        if self.plan.function_calls:
            for index, (item, (_, arguments)) in enumerate(
                zip(self.items, self.plan.function_calls, strict=True)
            ):
                for piece in _pieces(arguments):
                    item["arguments"] += piece
                    self.produced += piece
                    self.send(
                        event(
                            "response.function_call_arguments.delta",
                            **self._where(False, index),
                            call_id=item["call_id"],
                            delta=piece,
                        )
                    )
            return
        words = _words(self.plan.text)
        if not self.audio_mode:
            for word in words:
                self.produced += word
                self.send(event("response.output_text.delta", **self._where(), delta=word))
            return
        pcm = output_audio(self.session, self.plan.audio_ms)
        self.audio = pcm
        chunks = chunk(pcm, output_format(self.session).nbytes(AUDIO_CHUNK_MS)) if pcm else []
        # Interleaved like the real server: audio and its transcript arrive together.
        for i in range(max(len(words), len(chunks))):
            if i < len(chunks):
                self.audio_bytes += len(chunks[i])
                delta = base64.b64encode(chunks[i]).decode()
                self.send(event("response.output_audio.delta", **self._where(), delta=delta))
            if i < len(words):
                self.produced += words[i]
                self.send(
                    event("response.output_audio_transcript.delta", **self._where(), delta=words[i])
                )

    def _output_item(self, stage: str, index: int) -> None:
        item = json_copy(self.items[index])
        self.send(
            event(
                f"response.output_item.{stage}", response_id=self.id, output_index=index, item=item
            )
        )

    def _item_done(self, index: int, status: str) -> None:
        # Every output item ends the same way, function call or message.
        self.items[index]["status"] = status
        self._output_item("done", index)
        if self.in_conversation:
            self.send(event("conversation.item.done", item=json_copy(self.items[index])))

    def _usage(self) -> JSON:
        text_tokens = len(_words(self.produced))
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
        """The ``.done`` events and ``response.done``; returns the final item."""
        item_status = "completed" if status == "completed" else "incomplete"
        if self.plan.function_calls:
            for index, item in enumerate(self.items):
                self.send(
                    event(
                        "response.function_call_arguments.done",
                        **self._where(False, index),
                        call_id=item["call_id"],
                        name=item["name"],
                        arguments=item["arguments"],
                    )
                )
                self._item_done(index, item_status)
        else:
            if self.audio_mode:
                self.send(event("response.output_audio.done", **self._where()))
                self.send(
                    event(
                        "response.output_audio_transcript.done",
                        **self._where(),
                        transcript=self.produced,
                    )
                )
                self.item["content"] = [{"type": "output_audio", "transcript": self.produced}]
            else:
                self.send(event("response.output_text.done", **self._where(), text=self.produced))
                self.item["content"] = [{"type": "output_text", "text": self.produced}]
            self.send(event("response.content_part.done", **self._where(), part=self._part()))
            self._item_done(0, item_status)
        details: Any = None if status == "completed" else {"type": status, "reason": reason}
        # The items themselves, copied once with the response into the event (only the
        # event is a snapshot: the run reads nothing but its id from the response after this).
        self.response.update(
            status=status, status_details=details, output=self.items, usage=self._usage()
        )
        self.send(event("response.done", response=json_copy(self.response)))
        return self.item

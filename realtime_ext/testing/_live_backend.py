"""The hosted Responses backend of a GPT-Live session under Responses delegation.

Live calls the configured Responses model itself and forwards its stream to the app, each
event nested in a ``response.event`` envelope naming the delegation. As recorded: a
response's lifecycle snapshots (``response.created``, ``in_progress``, ``completed``) carry
``output: []`` and cleared ``instructions``/``tools`` (the items come in
``response.output_item.*``); each response counts ``sequence_number`` from 0; a tool
round's next response names the previous one in ``previous_response_id``; text deltas carry
``obfuscation``; the answer is a ``message`` item with ``phase: "final_answer"``.

>>> backend = BackendResponse("gpt-5.6-sol", previous_response_id=None)
>>> [e["type"] for e in backend.open()]
['response.created', 'response.in_progress']
>>> [e["type"] for e in backend.call("lookup", '{"city":"Oslo"}')][-1]
'response.output_item.done'
>>> backend.complete()["response"]["status"]
'completed'
"""

from __future__ import annotations

import time
from typing import Any

from ._events import JSON, obfuscation, tokens
from ._ids import new_id

_TOOL_USAGE: JSON = {
    "image_gen": {
        "input_tokens": 0,
        "input_tokens_details": {"image_tokens": 0, "text_tokens": 0},
        "output_tokens": 0,
        "output_tokens_details": {"image_tokens": 0, "text_tokens": 0},
        "total_tokens": 0,
    },
    "web_search": {"num_requests": 0},
}


def _usage(output_tokens: int) -> JSON:
    return {
        "input_tokens": 800,
        "input_tokens_details": {"cache_write_tokens": 0, "cached_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 800 + output_tokens,
    }


class BackendResponse:
    """One response of the delegated Responses model: its events, numbered in order."""

    def __init__(
        self, model: str, *, previous_response_id: str | None, cache_key: str = "live:fake"
    ) -> None:
        self.id: str = new_id("resp", 25)
        self.cache_key = cache_key
        self.model = model
        self.previous_response_id = previous_response_id
        self.created_at = int(time.time())
        self._sequence = 0
        self._outputs = 0
        self._output_tokens = 0

    def _event(self, type_: str, **fields: Any) -> JSON:
        event = {"type": type_, **fields, "sequence_number": self._sequence}
        self._sequence += 1
        return event

    def snapshot(self, status: str, usage: JSON | None = None) -> JSON:
        """The response object as its lifecycle events carry it (``output`` empty)."""
        return {
            "id": self.id,
            "object": "response",
            "created_at": self.created_at,
            "status": status,
            "background": False,
            "completed_at": int(time.time()) if status == "completed" else None,
            "error": None,
            "frequency_penalty": 0.0,
            "incomplete_details": None,
            "instructions": None,
            "max_output_tokens": None,
            "max_tool_calls": None,
            "model": self.model,
            "moderation": None,
            "output": [],
            "parallel_tool_calls": True,
            "presence_penalty": 0.0,
            "previous_response_id": self.previous_response_id,
            # Live sets these on the requests it makes for the session (as recorded).
            "prompt_cache_key": self.cache_key,
            "prompt_cache_retention": "24h",
            "reasoning": {
                "context": "all_turns",
                "effort": "medium",
                "mode": "standard",
                "summary": None,
            },
            "safety_identifier": None,
            "service_tier": "default" if status == "completed" else "auto",
            "store": True,
            "temperature": 1.0,
            "text": {"format": {"type": "text"}, "verbosity": "medium"},
            "tool_choice": "auto",
            "tool_usage": _TOOL_USAGE,
            "tools": [],
            "top_logprobs": 0,
            "top_p": 0.98,
            "truncation": "disabled",
            "usage": usage,
            "user": self.cache_key.replace("live:", "user-"),
            "metadata": {},
        }

    def open(self) -> list[JSON]:
        """``response.created`` and ``response.in_progress``."""
        return [
            self._event("response.created", response=self.snapshot("in_progress")),
            self._event("response.in_progress", response=self.snapshot("in_progress")),
        ]

    def call(self, name: str, arguments: str) -> list[JSON]:
        """One function call item, its arguments streamed in deltas: returns the events;
        the item's ``call_id`` is in the last one's ``item``."""
        index, self._outputs = self._outputs, self._outputs + 1
        item: JSON = {
            "id": new_id("fc", 25),
            "type": "function_call",
            "status": "in_progress",
            "arguments": "",
            "call_id": new_id("call", 12),
            "name": name,
        }
        events = [self._event("response.output_item.added", item=dict(item), output_index=index)]
        for piece in tokens(arguments) or [arguments]:
            self._output_tokens += 1
            events.append(
                self._event(
                    "response.function_call_arguments.delta",
                    delta=piece,
                    item_id=item["id"],
                    obfuscation=obfuscation(piece),
                    output_index=index,
                )
            )
        events.append(
            self._event(
                "response.function_call_arguments.done",
                arguments=arguments,
                item_id=item["id"],
                output_index=index,
            )
        )
        done = {**item, "status": "completed", "arguments": arguments}
        events.append(self._event("response.output_item.done", item=done, output_index=index))
        return events

    def approval_request(self, server_label: str, name: str, arguments: str) -> list[JSON]:
        """An MCP call that needs the app's approval (``require_approval``): an
        ``mcp_approval_request`` item, complete when added; the request's ``id`` is in the
        last event's ``item``."""
        index, self._outputs = self._outputs, self._outputs + 1
        item: JSON = {
            "id": new_id("mcpr", 25),
            "type": "mcp_approval_request",
            "arguments": arguments,
            "name": name,
            "server_label": server_label,
        }
        return [
            self._event("response.output_item.added", item=dict(item), output_index=index),
            self._event("response.output_item.done", item=dict(item), output_index=index),
        ]

    def answer(self, text: str) -> list[JSON]:
        """The final answer: a ``message`` item (``phase: final_answer``) streamed as text."""
        index, self._outputs = self._outputs, self._outputs + 1
        item_id = new_id("msg", 25)
        item: JSON = {
            "id": item_id,
            "type": "message",
            "status": "in_progress",
            "content": [],
            "phase": "final_answer",
            "role": "assistant",
        }
        part: JSON = {"type": "output_text", "annotations": [], "logprobs": [], "text": ""}
        where = {"content_index": 0, "item_id": item_id, "output_index": index}
        events = [
            self._event("response.output_item.added", item=item, output_index=index),
            self._event("response.content_part.added", **where, part=part),
        ]
        for piece in tokens(text) or [text]:
            self._output_tokens += 1
            events.append(
                self._event(
                    "response.output_text.delta",
                    **where,
                    delta=piece,
                    logprobs=[],
                    obfuscation=obfuscation(piece),
                )
            )
        events.append(self._event("response.output_text.done", **where, logprobs=[], text=text))
        events.append(
            self._event("response.content_part.done", **where, part={**part, "text": text})
        )
        done = {**item, "status": "completed", "content": [{**part, "text": text}]}
        events.append(self._event("response.output_item.done", item=done, output_index=index))
        return events

    def complete(self) -> JSON:
        """``response.completed``, with the Responses token usage."""
        usage = _usage(self._output_tokens)
        return self._event("response.completed", response=self.snapshot("completed", usage))

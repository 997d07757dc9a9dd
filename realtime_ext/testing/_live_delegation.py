"""Delegation in a fake GPT-Live session: to the app, to a hosted Responses model, to Decisions.

A scripted response with function calls (``script.next_response(function_call=(name, args),
text="Let me check.")``) is the Live model delegating; its ``text`` is what the model says
while it waits. By the session's ``delegation.type``:

- ``client`` (the default): ``session.delegation.created`` (``target: client``, no task
  text); the app answers with ``session.commentary.append`` (spoken) or
  ``session.thinking.append`` (silent) naming the delegation.
- ``responses``: ``session.delegation.created`` with the backend's ``response_id``, then
  the backend's stream in ``response.event`` envelopes (created and in_progress at once,
  the function calls 600 ms later on the timeline). As the Responses API does, a response
  that ends in function calls completes on its own (``response.completed`` right after its
  last call); the app sends each tool's output with ``response.item.create`` and then
  ``response.create``, which starts the *next* response (``previous_response_id``): it
  answers with the next scripted response's text (or calls tools again, if that one has
  calls), and Live speaks the answer once it completed (timings as recorded:
  :data:`RESUME_MS`, :data:`ANSWER_MS`). A ``response.create`` with no response waiting
  for tool outputs (a typed turn: ``response.item.create`` of a user message first, or
  nothing new) is answered too: Live opens a delegation for it (its
  ``session.delegation.created`` names the ``response.create``'s ``event_id`` as
  ``client_event_id``) and the backend answers with the next scripted response.
- ``decisions``: ``session.delegation.created`` (``target: decisions``), then a
  ``decision.event`` whose answers are the calls: ``(name, {"choice": ...})``,
  ``(name, {"score": ...})`` or ``(name, {"probability": ...})``.

What the model says while it waits is its automatic acknowledgement: said
``delegation.acknowledgement_delay_ms`` of timeline after the delegation (default 400 for a
Decisions session, 0 for the others, as openai's types document), and not at all when
commentary or thinking is appended to the session before then (any append cancels every
pending acknowledgement).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ._events import JSON, ClientError
from ._ids import new_id
from ._json import json_object
from ._live_backend import BackendResponse
from ._script import PlannedResponse, Script


class LiveHost(Protocol):
    """What delegation needs of its session (a ``FakeLiveSession``)."""

    session: JSON
    script: Script
    now_ms: int

    def emit(self, type_: str, **fields: Any) -> None: ...

    def at(self, when_ms: int, action: Callable[[], None]) -> None: ...

    def say(self, text: str) -> None: ...


BACKEND_MS = 600
"""How long (timeline) the delegated backend takes to produce its calls or its answer."""
EVENTS_PER_FRAME = 6
"""Backend events forwarded per 100 ms of timeline (recorded: 6 to 8: a function call's 8
events within 200 ms, an answer's 20 within 300 ms)."""
RESUME_MS = 200
"""How long after ``response.create`` (at the earliest) the response that called the tools
has completed; the next response's ``response.created`` comes 100 ms after that (recorded:
``response.completed`` 200 ms of input after ``response.create``, then ``created``)."""
COMPLETE_MS = 200
"""How long after its last function call a response that ends in calls completes, on its
own, as the Responses API's do (recorded: 200 ms of input after the call, the app's
outputs and ``response.create`` having gone in between)."""
ANSWER_MS = 600
"""How long after the backend's answer completes Live starts to say it, in its own words
(recorded: the first word 600 ms of input after ``response.completed``)."""
MAX_OPEN = 32
"""Delegations kept open at once; the oldest is forgotten past this (an app that never
answers must not grow the session without bound)."""
MAX_ITEMS = 128
DECISIONS_ACK_DELAY_MS = 400
"""The acknowledgement delay of a Decisions session that sets none (0 for the others)."""


@dataclass
class _Delegation:
    id: str
    target: str
    backend: BackendResponse | None = None
    calls: dict[str, str | None] = field(default_factory=dict[str, "str | None"])
    """The backend's pending calls: call_id -> its output (``None`` until the app sends it)."""
    done_ms: int | None = None
    """When (timeline) the backend's current response completes; ``None`` while it runs
    with no end planned yet (its calls or answer still to come)."""


class Delegations:
    """The delegations of one Live session."""

    def __init__(self, session: LiveHost) -> None:
        self.session = session
        self.open: OrderedDict[str, _Delegation] = OrderedDict()
        self.items: OrderedDict[str, JSON] = OrderedDict()
        self.pending_acks: set[int] = set()
        """The acknowledgements waiting for their delay (an append cancels them all)."""
        self._acks = 0

    def _model(self) -> str:
        delegation = json_object(self.session.session.get("delegation")) or {}
        responses = json_object(delegation.get("responses")) or {}
        return str(responses.get("model", "gpt-5.5"))

    def _cache_key(self) -> str:
        # One key per session, as Live keys its backend requests (``live:<hash>``).
        digest = hashlib.sha256(str(self.session.session.get("id", "")).encode()).hexdigest()
        return f"live:{digest[:59]}"

    def delegate(
        self, planned: PlannedResponse, target: str, client_event_id: str | None = None
    ) -> None:
        """The model delegates the task ``planned`` describes (asked by the client event
        ``client_event_id``, a ``response.create``, if any)."""
        live = self.session
        delegation = _Delegation(new_id("item", 11), target)
        announced: JSON = {"id": delegation.id, "type": "delegation", "target": target}
        if target == "responses":
            delegation.backend = BackendResponse(
                self._model(), previous_response_id=None, cache_key=self._cache_key()
            )
            announced["response_id"] = delegation.backend.id
        self.open[delegation.id] = delegation
        while len(self.open) > MAX_OPEN:
            self.open.popitem(last=False)
        fields: JSON = {"offset_ms": live.now_ms, "delegation": announced}
        if client_event_id is not None:
            fields["client_event_id"] = client_event_id
        live.emit("session.delegation.created", **fields)
        if target == "responses":
            self._stream(delegation, delegation.backend.open() if delegation.backend else [])
            live.at(live.now_ms + BACKEND_MS, lambda: self._run(delegation, planned))
        elif target == "decisions":
            live.at(live.now_ms + BACKEND_MS, lambda: self.decide(delegation.id, planned))
        if planned.preamble:
            self._acknowledge(planned.preamble)

    def _acknowledge(self, text: str) -> None:
        """Say the delegation's acknowledgement ``text`` after the session's delay."""
        delegation = json_object(self.session.session.get("delegation")) or {}
        delay = delegation.get("acknowledgement_delay_ms")
        if not isinstance(delay, int) or isinstance(delay, bool):
            delay = DECISIONS_ACK_DELAY_MS if delegation.get("type") == "decisions" else 0
        live = self.session
        if delay <= 0:
            live.say(text)
            return
        self._acks += 1
        ticket = self._acks
        self.pending_acks.add(ticket)
        live.at(live.now_ms + delay, functools.partial(self._acknowledged, ticket, text))

    def _acknowledged(self, ticket: int, text: str) -> None:
        if ticket in self.pending_acks:  # not cancelled by an append meanwhile
            self.pending_acks.discard(ticket)
            self.session.say(text)

    def _stream(self, delegation: _Delegation, events: list[JSON], *, after_ms: int = 0) -> int:
        """Forward the backend's ``events`` from ``after_ms`` on, paced as a model streams: a
        few each 100 ms. Returns when the last one goes."""
        live = self.session
        when = start = live.now_ms + after_ms
        for index, nested in enumerate(events):
            when = start + index // EVENTS_PER_FRAME * 100
            live.at(
                when,
                functools.partial(
                    live.emit, "response.event", delegation_id=delegation.id, event=nested
                ),
            )
        return when

    def _run(self, delegation: _Delegation, planned: PlannedResponse) -> None:
        """The backend's current response produces ``planned``: its calls, or its answer
        (which Live then says)."""
        backend = delegation.backend
        assert backend is not None
        live = self.session
        if planned.function_calls or planned.mcp_approval_requests:
            events: list[JSON] = []
            for name, arguments in planned.function_calls:
                called = backend.call(name, arguments)
                delegation.calls[called[-1]["item"]["call_id"]] = None
                events += called
            for label, name, arguments in planned.mcp_approval_requests:
                asked = backend.approval_request(label, name, arguments)
                delegation.calls[asked[-1]["item"]["id"]] = None  # answered by its response
                events += asked
            # A response that ends in function calls completes on its own, as the Responses
            # API's do: the outputs go to the next response, which response.create starts.
            last = self._stream(delegation, events)
            delegation.done_ms = self._stream(
                delegation, [backend.complete()], after_ms=last - live.now_ms + COMPLETE_MS
            )
            return
        done = self._stream(delegation, [*backend.answer(planned.text), backend.complete()])
        delegation.done_ms = done
        self.open.pop(delegation.id, None)
        live.at(done + ANSWER_MS, lambda: live.say(planned.text))

    def answered(self, delegation_id: object, *, spoken: bool) -> None:
        """The app appended commentary (``spoken``) or thinking for ``delegation_id``: every
        acknowledgement still waiting is cancelled (any append does it, as on the API)."""
        if delegation_id is None:
            self.pending_acks.clear()
            return
        found = self.open.get(str(delegation_id))
        if found is None:
            raise ClientError(
                f"Unknown delegation_id '{str(delegation_id)[:64]}'.",
                code="invalid_value",
                param="delegation_id",
            )
        self.pending_acks.clear()
        if spoken and found.target == "client":
            del self.open[found.id]

    def _responses(self, what: str) -> None:
        delegation = json_object(self.session.session.get("delegation")) or {}
        if delegation.get("type") != "responses":
            # The wording as recorded; a code, as openai's Live error type requires one.
            raise ClientError(
                f"{what} requires Responses delegation.", code="invalid_value", param="type"
            )

    def item_created(self, item: JSON) -> None:
        """``response.item.create``: a tool output (or another item) for the backend."""
        self._responses("response.item.create")
        kind = item.get("type")
        if kind not in ("function_call_output", "mcp_approval_response"):
            return  # other items (a typed user message...) join the backend's input as they are
        if kind == "mcp_approval_response":
            self._approved(item)
            return
        call_id = item.get("call_id")
        for delegation in reversed(self.open.values()):
            if call_id in delegation.calls:
                delegation.calls[str(call_id)] = str(item.get("output"))
                return
        raise ClientError(
            f"No tool call found for function call output with call_id {str(call_id)[:64]}.",
            code="invalid_value",
            param="item.call_id",
        )

    def _approved(self, item: JSON) -> None:
        """An ``mcp_approval_response``: answers the request it names (the backend then
        runs the MCP call, or not, and goes on at ``response.create``)."""
        request_id = item.get("approval_request_id")
        for delegation in reversed(self.open.values()):
            if request_id in delegation.calls:
                delegation.calls[str(request_id)] = "approved" if item.get("approve") else "denied"
                return
        raise ClientError(
            f"No MCP approval request found with id {str(request_id)[:64]}.",
            code="invalid_value",
            param="item.approval_request_id",
        )

    def respond(self, client_event_id: str | None = None) -> None:
        """``response.create``: the backend goes on from the tool outputs it was given, or,
        with no response waiting for any, answers in a new delegation."""
        self._responses("response.create")
        waiting = [d for d in self.open.values() if d.backend is not None and d.calls]
        if not waiting:
            self.delegate(self.session.script.take_response(), "responses", client_event_id)
            return
        delegation = waiting[-1]
        missing = [call for call, output in delegation.calls.items() if output is None]
        if missing:
            raise ClientError(
                f"No tool output found for function call {missing[0]}.",
                code="invalid_value",
            )
        previous = delegation.backend
        assert previous is not None
        delegation.calls.clear()
        backend = BackendResponse(
            previous.model, previous_response_id=previous.id, cache_key=previous.cache_key
        )
        delegation.backend = backend
        live = self.session
        # The next response starts once the one that called the tools has completed (an app
        # may answer before its response.completed went out, as recorded).
        after = max(RESUME_MS, (delegation.done_ms or 0) - live.now_ms) + 100
        delegation.done_ms = None
        opened = self._stream(delegation, backend.open(), after_ms=after)
        planned = self.session.script.take_response()
        live.at(opened + BACKEND_MS, lambda: self._run(delegation, planned))

    def decide(self, delegation_id: str | None, planned: PlannedResponse) -> None:
        """A ``decision.event`` answering with ``planned``'s calls."""
        answers = [_answer(name, arguments) for name, arguments in planned.function_calls]
        decision = {
            "answers": answers,
            "model": "gpt-5.5-mini",
            "usage": {
                "input_tokens": 100,
                "input_tokens_details": {"cache_write_tokens": 0, "cached_tokens": 0},
                "output_tokens": len(answers),
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": 100 + len(answers),
            },
        }
        self.session.emit(
            "decision.event",
            delegation_id=delegation_id,
            event={"type": "decision.completed", "decision": decision},
            trigger_id=None,
            source_event_id=None,
            source_event_type=None,
        )
        if delegation_id is not None:
            self.open.pop(delegation_id, None)

    def add_item(self, item: JSON) -> JSON:
        """``decision.item.create``: the item as stored (with an id)."""
        stored = {"id": item.get("id") or new_id("item", 11), **item}
        self.items[str(stored["id"])] = stored
        while len(self.items) > MAX_ITEMS:
            self.items.popitem(last=False)
        return stored

    def delete_item(self, item_id: str) -> None:
        """``decision.item.delete``."""
        if self.items.pop(item_id, None) is None:
            raise ClientError(
                f"Item with id '{item_id[:64]}' not found.", code="invalid_value", param="item_id"
            )


def _answer(name: str, arguments: str) -> JSON:
    values = json_object(json.loads(arguments) if arguments else {}) or {}
    if "score" in values:
        score = values["score"]
        return {
            "type": "score",
            "name": name,
            "score": score,
            "confidence": 1.0,
            "probabilities": [{"label": str(score), "probability": 1.0, "value": int(score)}],
        }
    if "probability" in values:
        return {"type": "predicate", "name": name, "probability": float(values["probability"])}
    choice = values.get("choice", True)
    return {
        "type": "choice",
        "name": name,
        "choice": choice,
        "confidence": 1.0,
        "probabilities": [{"value": choice, "probability": 1.0}],
    }

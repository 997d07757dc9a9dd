"""How many conversions one ``calls.create`` makes (issue 35: at most 3 with a new session).

A conversion is a generated model built (``from_dict``), a model encoded (``to_dict``,
``to_multipart``), or JSON written or read (``json.dumps``, ``json.loads``). Each is counted
where it starts: the nested ``from_dict`` of a session's ``audio`` object, or the
``to_dict`` and ``json.dumps`` inside a ``to_multipart()``, are part of the conversion that
called them, not conversions of their own. Every generated model class is counted, not
only the ones calls.py names.

A session not seen before is checked once (one model build and its ``to_dict``, compared
with the input) and encoded once (the compact JSON that is sent); the multipart body is
framed from those bytes by the generated ``RealtimeCallCreateRequest.encode_multipart``,
with no model built for it.
"""

from __future__ import annotations

import collections
import inspect
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import realtime_generated.models as models
from realtime_ext import _encode
from realtime_ext.session import realtime_session

from ._helpers import (
    BETA,
    OFFER,
    TRANSLATION,
    Recorder,
    answer_response,
    make_async_client,
    make_client,
    secret_body,
)

CONVERSIONS = ("from_dict", "to_dict", "to_multipart")


class Conversions:
    """Counts of conversions started (outermost calls) and of every call, by name."""

    def __init__(self) -> None:
        self.started: collections.Counter[str] = collections.Counter()
        self.calls: collections.Counter[str] = collections.Counter()
        self.dumped: list[str] = []  # what json.dumps wrote, outermost calls
        self._depth = 0

    def total(self) -> int:
        return sum(self.started.values())

    def encodes_of(self, text: str) -> int:
        """How many JSON writes held ``text`` (a value unique to one session)."""
        return sum(text in written for written in self.dumped)

    def clear(self) -> None:
        self.started.clear()
        self.calls.clear()
        self.dumped.clear()

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[label] += 1
            outermost = self._depth == 0
            if outermost:
                self.started[label] += 1
            self._depth += 1
            try:
                result = function(*args, **kwargs)
            finally:
                self._depth -= 1
            if outermost and label == "json.dumps":
                self.dumped.append(result)
            return result

        return counted


@pytest.fixture
def conversions(monkeypatch: pytest.MonkeyPatch) -> Iterator[Conversions]:
    seen = Conversions()
    for name in models.__all__:
        cls = getattr(models, name)
        if not isinstance(cls, type):
            continue
        for method in CONVERSIONS:
            raw = cls.__dict__.get(method)
            if raw is None:
                continue
            if isinstance(raw, classmethod):
                wrapped: Any = classmethod(seen.wrap(method, raw.__func__))
            else:
                assert inspect.isfunction(raw), (name, method)
                wrapped = seen.wrap(method, raw)
            monkeypatch.setattr(cls, method, wrapped)
    monkeypatch.setattr(json, "dumps", seen.wrap("json.dumps", json.dumps))
    # The SDK's encoders are json.dumps's work with its options built once (_encode.py):
    # a JSON text they write counts as one json.dumps.
    for encoder in ("_encode_ascii", "_encode_utf8"):
        monkeypatch.setattr(_encode, encoder, seen.wrap("json.dumps", getattr(_encode, encoder)))
    monkeypatch.setattr(json, "loads", seen.wrap("json.loads", json.loads))
    yield seen


def _session(instructions: str) -> dict[str, Any]:
    # Nested objects too: their from_dict/to_dict belong to the session's conversion.
    return {
        "model": "gpt-realtime",
        "instructions": instructions,
        "audio": {
            "input": {"format": {"type": "audio/pcm", "rate": 24000}},
            "output": {"voice": "marin", "speed": 1.1},
        },
        "tools": [{"type": "function", "name": "f", "parameters": {"type": "object"}}],
    }


def test_a_new_session_costs_at_most_three_conversions(conversions: Conversions) -> None:
    rec = Recorder([answer_response()] * 3)
    with make_client(rec) as client:
        client.calls.create(sdp=OFFER)  # imports and first-use work out of the way
        conversions.clear()
        client.calls.create(sdp=OFFER, session=_session("a session never sent before"))
        first = dict(conversions.started)
        assert conversions.total() <= 3, (first, dict(conversions.calls))
        # One model built (the check), its to_dict (compared with the input), one dumps
        # (the JSON that is sent); no to_multipart and no JSON read back.
        assert first == {"from_dict": 1, "to_dict": 1, "json.dumps": 1}
        conversions.clear()
        client.calls.create(sdp=OFFER, session=_session("a session never sent before"))
        # Seen before: not checked again, only encoded.
        assert dict(conversions.started) == {"json.dumps": 1}
    sent = rec.requests[-1].content
    assert b'"instructions":"a session never sent before"' in sent


def test_a_builder_session_and_no_session(conversions: Conversions) -> None:
    rec = Recorder([answer_response()] * 3)
    with make_client(rec) as client:
        client.calls.create(sdp=OFFER)
        conversions.clear()
        client.calls.create(sdp=OFFER)
        assert conversions.total() == 0  # the offer goes as is
        # Built (and checked by the builder) before: what calls.create itself makes.
        session = realtime_session(model="gpt-realtime", instructions="built", voice="cedar")
        conversions.clear()
        client.calls.create(sdp=OFFER, session=session)
        assert conversions.total() <= 3, dict(conversions.started)
        assert conversions.started["from_dict"] == 1


async def test_the_async_create_costs_the_same(conversions: Conversions) -> None:
    rec = Recorder([answer_response()] * 2)
    async with make_async_client(rec) as client:
        await client.calls.create(sdp=OFFER)
        conversions.clear()
        await client.calls.create(sdp=OFFER, session=_session("async, never sent before"))
    assert dict(conversions.started) == {"from_dict": 1, "to_dict": 1, "json.dumps": 1}


# Every REST method that takes a session, with a reply that lets it complete. The session
# is new to the process on its first call (its instructions are unique to the test).
SESSION_METHODS: dict[str, tuple[Callable[[Any, dict[str, Any]], object], httpx.Response]] = {
    "client_secrets.create": (
        lambda client, session: client.client_secrets.create(session=session, expires_after=600),
        httpx.Response(200, json=secret_body()),
    ),
    "translations.client_secrets.create": (
        lambda client, session: client.translations.client_secrets.create(
            session={
                "model": "gpt-realtime-translate",
                "audio": {"output": {"language": session["instructions"]}},
            }
        ),
        httpx.Response(200, json=TRANSLATION),
    ),
    "calls.accept": (
        lambda client, session: client.calls.accept("rtc_1", session=session),
        httpx.Response(200),
    ),
    "sessions.create": (
        lambda client, session: client.sessions.create(session),
        httpx.Response(200, json=BETA),
    ),
}


@pytest.mark.parametrize("method", sorted(SESSION_METHODS))
def test_each_rest_method_checks_and_encodes_a_session_once(
    conversions: Conversions, method: str
) -> None:
    call, reply = SESSION_METHODS[method]
    at_send: list[dict[str, int]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        at_send.append(dict(conversions.started))  # the request side only, not the decode
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    instructions = f"{method}, a session never sent before"
    with make_client(Recorder([answer])) as client:
        for _ in range(2):
            session = {"type": "realtime", "instructions": instructions}
            if method == "sessions.create":
                del session["type"]  # the beta body has no type
            conversions.clear()
            call(client, session)
            # The session's own JSON is written once, with the body it goes in (no model
            # round trip re-encodes it); a session never sent before is checked by one
            # model build (the validator's), one seen before is not built at all.
            assert conversions.encodes_of(instructions) == 1, conversions.dumped
    new, seen = at_send
    assert new.get("from_dict") == 1, new
    assert "from_dict" not in seen, seen

"""``realtime_generated.decode_server_event`` on every server-event example of the pinned spec,
and on each of them broken in every way a key can be: it gives the model ``from_dict``
gives, or ``EventDecodeError`` where ``from_dict`` raises, never another exception, and an
unknown ``type`` in any discriminated union comes back as ``RealtimeUnknownVariant``.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_generated import EventDecodeError, decode_server_event, event_types, models
from realtime_generated.models import RealtimeUnknownVariant
from regen_lib import source
from support.spec_examples import BROKEN_UPSTREAM_EXAMPLES, events_with_examples

_DOC = source.parse_yaml(source.read_spec_file(source.PINNED_SPEC))
_SERVER = set(event_types.SERVER_EVENTS.values())
EXAMPLES = [
    (name, data)
    for name, data in events_with_examples(_DOC)
    if name in _SERVER and name not in BROKEN_UPSTREAM_EXAMPLES
]


def _slow(name: str, data: dict[str, Any]) -> Any:
    try:
        return getattr(models, name).from_dict(copy.deepcopy(data))
    except Exception as exc:  # the outcome under comparison
        return type(exc)


def _fast(data: dict[str, Any]) -> Any:
    try:
        return decode_server_event(json.dumps(data))
    except EventDecodeError as exc:
        assert exc.event_type == data.get("type")
        return exc


def _variants(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The example with each key (at any depth) removed, and with its value replaced."""
    paths: list[tuple[Any, ...]] = []

    def walk(node: Any, at: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                paths.append((*at, key))
                walk(value, (*at, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, (*at, i))

    walk(data, ())
    for path in paths:
        if path == ("type",):
            continue
        for replace in (None, "x", 7, [], {"type": "brand_new_kind"}, {}):
            broken = copy.deepcopy(data)
            parent = broken
            for step in path[:-1]:
                parent = parent[step]
            if replace is None:
                del parent[path[-1]]
            else:
                parent[path[-1]] = replace
            yield broken


@pytest.mark.parametrize(("name", "data"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_every_example_and_every_break_of_it(name: str, data: dict[str, Any]) -> None:
    event = decode_server_event(json.dumps(data))
    assert type(event).__name__ == name
    assert event.to_dict() == data
    variants = list(_variants(data))
    random.Random(name).shuffle(variants)
    for broken in variants[:300]:
        expected = _slow(name, broken)
        got = _fast(broken)
        if isinstance(expected, type):  # from_dict raised: the typed error, nothing else
            assert isinstance(got, EventDecodeError), (broken, got)
        else:
            assert got == expected, broken


def test_examples_cover_the_discriminated_unions() -> None:
    assert len(EXAMPLES) >= 30
    kinds = {type(decode_server_event(json.dumps(d))).__name__ for _, d in EXAMPLES}
    assert "RealtimeServerEventSessionUpdated" in kinds


def _unknown_members(node: Any) -> Iterator[Any]:
    if isinstance(node, RealtimeUnknownVariant):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _unknown_members(item)
    elif hasattr(node, "__attrs_attrs__"):
        for field in node.__attrs_attrs__:
            yield from _unknown_members(getattr(node, field.name))


def test_an_unknown_type_anywhere_in_a_union_is_an_unknown_variant() -> None:
    found = 0
    for name, data in EXAMPLES:
        if name not in ("RealtimeServerEventSessionCreated", "RealtimeServerEventSessionUpdated"):
            continue
        session = copy.deepcopy(data["session"])
        audio = session.setdefault("audio", {})
        audio.setdefault("output", {})["format"] = {"type": "audio/opus", "rate": 48000}
        audio.setdefault("input", {})["turn_detection"] = {"type": "future_vad"}
        session["tools"] = [{"type": "web_search"}, {"type": "function", "name": "f"}]
        event = decode_server_event(json.dumps({**data, "session": session}))
        unknown = sorted(u.type_ for u in _unknown_members(event))
        assert unknown == ["audio/opus", "future_vad", "web_search"], unknown
        found += 1
    assert found >= 1

"""Flat events decoded straight from the wire message build exactly what the dict way builds.

regen writes, for every event whose fields are plain required values (the deltas), a
decoder from the message (``realtime_generated._fast_events.WIRE``: the fields stated,
msgspec reading them into a struct, unknown keys refused, ``type`` a ``Literal``); the
receive loop uses it when the message names the type first, as servers write it, then
parses every flat type it has seen at once, by its ``type`` wherever it stands, and takes
the dict way for anything those refuse. Checked on every spec example of every such
event, written both ways servers write JSON, and on every shape the wire decoder must
refuse (forward compatibility: undescribed keys, nulls, other types, unknown values).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from realtime_ext import EventDecodeError
from realtime_ext.events import (
    UnknownEvent,
    _fast,
    _parse,
    parse_beta_client_event,
    parse_beta_server_event,
    parse_client_event,
    parse_live_server_event,
    parse_server_event,
    parse_translation_client_event,
    parse_translation_server_event,
)
from realtime_generated import event_types, models
from realtime_generated._fast_events import WIRE
from realtime_generated.types import Unset
from support.spec_examples import BROKEN_UPSTREAM_EXAMPLES, events_with_examples
from tests.support import live_replay

DELTAS = [
    "response.output_audio.delta",
    "response.output_audio_transcript.delta",
    "response.output_text.delta",
    "response.function_call_arguments.delta",
]


def _dict_way(message: str) -> tuple[Any, Any]:
    """The event and JSON object of ``message`` decoded the dict way only."""
    return _parse.Decoder(event_types.SERVER_EVENTS, loads=_parse.std_loads).pair(message)


def _writings(example: dict[str, Any]) -> list[str]:
    """``example`` with ``type`` first, compact and spaced, and with ``type`` last."""
    first = {"type": example["type"], **example}
    last = {**{k: v for k, v in example.items() if k != "type"}, "type": example["type"]}
    return [
        json.dumps(first, separators=(",", ":")),
        json.dumps(first),
        json.dumps(last),
    ]


def _same(
    message: str | bytes, parse: Callable[[Any], Any] = parse_server_event
) -> tuple[Any, Any]:
    """``message`` through the receive loop's decoder for ``parse`` and the dict way (its
    JSON object handed to ``parse``): the same event."""
    text = message if isinstance(message, str) else message.decode()
    event, data = _parse.wire_decoder(parse)(message)
    expected_data = json.loads(text)
    expected = parse(expected_data)  # a dict: always the dict way
    assert type(event) is type(expected), text
    assert event == expected and event.to_dict() == expected.to_dict(), text
    assert getattr(event, "additional_properties", None) == getattr(
        expected, "additional_properties", None
    )
    assert data is None or data == expected_data
    return event, data


TABLES: dict[Callable[[Any], Any], dict[str, str]] = {
    parse_server_event: event_types.SERVER_EVENTS,
    parse_client_event: event_types.CLIENT_EVENTS,
    parse_beta_server_event: event_types.BETA_SERVER_EVENTS,
    parse_beta_client_event: event_types.BETA_CLIENT_EVENTS,
    parse_translation_server_event: event_types.TRANSLATION_SERVER_EVENTS,
    parse_translation_client_event: event_types.TRANSLATION_CLIENT_EVENTS,
}


@pytest.fixture(scope="module")
def flat_examples(
    upstream_subset: dict[str, Any],
) -> list[tuple[Callable[[Any], Any], dict[str, Any]]]:
    """Every spec example of a flat event, with the parse function of its table."""
    parse_of = {name: parse for parse, table in TABLES.items() for name in table.values()}
    return [
        (parse_of[name], example)
        for name, example in events_with_examples(upstream_subset)
        if name in parse_of and name in WIRE and name not in BROKEN_UPSTREAM_EXAMPLES
    ]


def test_the_deltas_are_flat_and_get_a_wire_decoder() -> None:
    for kind in DELTAS:
        name = event_types.SERVER_EVENTS[kind]
        assert name in WIRE, kind
        assert _fast.wire_decoder_of(getattr(models, name)) is not None, kind  # with msgspec
    assert "RealtimeServerEventResponseDone" not in WIRE  # nested objects: the dict way
    impostor = type("RealtimeServerEventResponseAudioDelta", (), {})
    assert _fast.wire_decoder_of(impostor) is None


def test_every_flat_example_decodes_as_the_dict_way(
    flat_examples: list[tuple[Callable[[Any], Any], dict[str, Any]]],
) -> None:
    straight = 0
    for parse, example in flat_examples:
        for message in _writings(example):
            for wire in (message, message.encode()):
                _, data = _same(wire, parse)
                straight += data is None
    # optional fields too: input_audio_buffer.committed, the translation transcript deltas
    assert {parse for parse, _ in flat_examples} == set(TABLES)
    assert len(flat_examples) >= 40
    # Every writing (as text and bytes) decoded straight from the message: type first, and,
    # once a type was seen so, type last too (one parse of the flat types seen, by the value
    # of their type wherever it stands).
    assert straight == 6 * len(flat_examples)


def _delta(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "response.output_audio.delta",
        "event_id": "e1",
        "response_id": "r1",
        "item_id": "i1",
        "output_index": 0,
        "content_index": 0,
        "delta": "AAAA",
    }
    event.update(changes)
    return {k: v for k, v in event.items() if v is not _DROP}


_DROP: Any = object()


@pytest.mark.parametrize(
    "shape",
    [
        _delta(field_from_the_future={"x": [1]}),  # kept in additional_properties
        _delta(delta=None),
        _delta(delta=5),
        _delta(content_index="0"),
        _delta(content_index=1.0),
        _delta(content_index=True),
        _delta(output_index=2**70),
        _delta(item_id=_DROP),
        _delta(event_id=_DROP),
        _delta(delta="\\u00e9\\ud83d\\ude00 escaped"),
        _delta(delta="lone \ud800 surrogate"),
        _delta(obfuscation="f3a9c1"),  # a key real servers add: read, kept
        _delta(obfuscation=None),
        _delta(obfuscation=7),
        _delta(obfuscation="f3a9c1", field_from_the_future=1),
    ],
)
def test_other_shapes_come_out_as_the_dict_way_makes_them(shape: dict[str, Any]) -> None:
    for message in _writings(shape):
        _same(message)
        try:
            encoded = message.encode()
        except UnicodeEncodeError:  # a lone surrogate has no UTF-8
            continue
        _same(encoded)


def test_undescribed_keys_and_unknown_types_never_crash() -> None:
    event, data = _same('{"type":"response.output_audio.delta","event_id":"e","x":1}')
    assert isinstance(event, UnknownEvent) and event.known_type and data is not None
    event, data = _same(b'{"type":"response.output_audio.delta.v2","event_id":"e"}')
    assert isinstance(event, UnknownEvent) and not event.known_type
    full = _delta(field_from_the_future=[1, 2])
    event, data = _same(json.dumps(full).encode())
    assert event.additional_properties == {"field_from_the_future": [1, 2]}
    assert data == full


def test_deltas_with_obfuscation_stay_on_the_wire_path() -> None:
    # Real servers add "obfuscation" (a random string) to every text, transcript and
    # arguments delta: it stays in additional_properties, and the message is parsed once,
    # straight into the event, not refused and parsed again the dict way.
    for message in _recorded_deltas():
        for wire in (message, message.encode()):
            event, data = _same(wire)
            assert data is None, message
            assert event.additional_properties == {"obfuscation": "0123456789ab"}
            assert event.to_dict()["obfuscation"] == "0123456789ab"


def _recorded_deltas() -> list[str]:
    """Each delta type as the recorded sessions show it, ``obfuscation`` last."""
    fields = {
        "response.function_call_arguments.delta": {"call_id": "c1", "delta": "{"},
        "response.output_audio.delta": {"content_index": 0, "delta": "AAAA"},
    }
    messages: list[str] = []
    for kind in DELTAS:
        body = fields.get(kind, {"content_index": 0, "delta": "Hi"})
        shape = {"type": kind, "event_id": "e1", "response_id": "r1", "item_id": "i1"}
        shape |= {"output_index": 0, **body, "obfuscation": "0123456789ab"}
        messages.append(json.dumps(shape))
    return messages


@pytest.mark.parametrize(
    "message",
    [b"", b"{}", b'{"type"', b'{"type":"', b'{"type": "response.output_audio.delta"', b"[1, 2]"],
)
def test_short_and_broken_messages_take_the_dict_way(message: bytes) -> None:
    decode = _parse.wire_decoder(parse_server_event)
    try:
        expected: Any = _dict_way(message.decode())
    except Exception as exc:
        with pytest.raises(type(exc)):
            decode(message)
        return
    got = decode(message)
    assert type(got[0]) is type(expected[0]) and got[1] == expected[1]


def test_each_wire_decoded_event_has_its_own_additional_properties() -> None:
    message = json.dumps(_delta()).encode()
    decode = _parse.wire_decoder(parse_server_event)
    (first, none), (second, _) = decode(message), decode(message)
    assert none is None and isinstance(first, models.RealtimeServerEventResponseAudioDelta)
    first.additional_properties["x"] = 1
    assert second.additional_properties == {}


def test_without_msgspec_the_dict_way_decodes_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_fast, "_MSGSPEC", False)  # as without msgspec
    decoder = _parse.Decoder(event_types.SERVER_EVENTS)
    message = json.dumps(_delta()).encode()
    event, data = decoder.pair(message)
    assert isinstance(event, models.RealtimeServerEventResponseAudioDelta) and data == _delta()
    assert message[10:37] not in decoder._wire  # pyright: ignore[reportPrivateUsage]
    assert decoder.pair(message)[1] == _delta()


def test_a_type_seen_taking_the_dict_way_is_then_told_by_the_union() -> None:
    # A type that is not flat joins the union as a struct reading no field: the union then
    # says "the dict way" for it without raising, and the event and its dict are as before.
    decoder = _parse.Decoder(event_types.SERVER_EVENTS)
    limits = {"type": "rate_limits.updated", "event_id": "e", "rate_limits": []}
    message = json.dumps(limits).encode()
    first, second = decoder.pair(message), decoder.pair(message)
    assert first[1] == second[1] == limits and first[0].to_dict() == second[0].to_dict()
    assert list(decoder._build.values()) == [None]  # pyright: ignore[reportPrivateUsage]
    # Anything the union refuses still goes the dict way's rules: not JSON raises as before.
    with pytest.raises(EventDecodeError):
        decoder.pair(b'{"type":"rate_limits.updated","rate_limits":[}')
    odd = {"rate_limits": 3, "type": "rate_limits.updated"}  # not its shape, type not first
    event, data = decoder.pair(json.dumps(odd))
    assert isinstance(event, UnknownEvent) and data == odd


# --- GPT-Live: its flat events carry optional plain fields (start_ms, end_ms, client_event_id) --

LIVE_DELTAS = [
    "session.output_audio.delta",
    "session.output_transcript.delta",
    "session.input_transcript.delta",
]


def _live_same(message: str | bytes) -> tuple[Any, Any]:
    return _same(message, parse_live_server_event)


def test_live_deltas_get_a_wire_decoder() -> None:
    for kind in LIVE_DELTAS:
        name = event_types.LIVE_SERVER_EVENTS[kind]
        assert name in WIRE, kind
        assert _fast.wire_decoder_of(getattr(models, name)) is not None, kind
    assert "LiveResponseEvent" not in WIRE  # a nested payload: the dict way


def test_every_recorded_live_delta_is_decoded_straight_from_the_wire() -> None:
    frames = [
        frame
        for name in live_replay.socket_recordings()
        for direction, frame in live_replay.recording(name).frames
        if direction == "received" and frame["type"] in LIVE_DELTAS
    ]
    assert {frame["type"] for frame in frames} == set(LIVE_DELTAS)
    for frame in frames:
        for message in (json.dumps(frame), json.dumps(frame, separators=(",", ":")).encode()):
            event, data = _live_same(message)
            assert data is None, message  # one parse, no dict
            assert event.to_dict() == frame


def _live_delta(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "session.output_transcript.delta",
        "start_ms": 3000,
        "end_ms": 3200,
        "delta": "Your package",
        "event_id": "event_1",
    }
    event.update(changes)
    return {k: v for k, v in event.items() if v is not _DROP}


@pytest.mark.parametrize(
    ("shape", "straight"),
    [
        (_live_delta(), True),
        (_live_delta(client_event_id="c1"), True),  # an optional field, present
        (_live_delta(client_event_id=None), True),  # nullable: None, not absent
        (_live_delta(client_event_id=5), False),
        (_live_delta(start_ms=None), False),  # required: the dict way decides
        (_live_delta(start_ms=1.5), False),
        (_live_delta(start_ms=True), False),
        (_live_delta(event_id=_DROP), False),
        (_live_delta(field_from_the_future={"x": 1}), False),
        (_live_delta(obfuscation="ab12"), True),
        ({"type": "session.output_audio.delta", "delta": "AAAA"}, True),  # optional ms absent
        ({"type": "session.output_audio.delta", "delta": "AAAA", "start_ms": None}, True),
        ({"type": "session.output_audio.delta", "delta": "AAAA", "start_ms": "0"}, False),
    ],
)
def test_live_shapes_come_out_as_the_dict_way_makes_them(
    shape: dict[str, Any], straight: bool
) -> None:
    for message in (json.dumps(shape), json.dumps(shape).encode()):
        _, data = _live_same(message)
        assert (data is None) is straight, message


def test_an_absent_optional_field_reads_as_unset_a_null_as_none() -> None:
    absent, _ = _live_same(b'{"type":"session.output_audio.delta","delta":"AAAA"}')
    assert isinstance(absent, models.LiveOutputAudioDeltaEvent)
    assert isinstance(absent.start_ms, Unset) and absent.to_dict() == {
        "type": "session.output_audio.delta",
        "delta": "AAAA",
    }
    null, _ = _live_same(b'{"type":"session.output_audio.delta","delta":"AAAA","start_ms":null}')
    assert null.start_ms is None and null.to_dict()["start_ms"] is None

"""GPT-Live's wire through the generated layer: every frame of every recording in
``tests/data/realtraffic/live/`` decodes to its typed model (never an unknown one), every field
of it into a typed attribute (not kept aside as an unknown one, but for :data:`UNTYPED`), and
goes back with ``to_dict`` to the frame as sent, without losing a field; unknown events,
fields, enum values and union members still decode."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import attrs
import pytest
import yaml

from realtime_generated import (
    UnknownServerEvent,
    decode_live_server_event,
    decode_server_event,
    event_types,
    models,
)
from realtime_generated.models import RealtimeUnknownVariant

ROOT = Path(__file__).resolve().parents[2]
LIVE = ROOT / "tests" / "data" / "realtraffic" / "live"
WEBRTC = "test_openai_live_ws__test_webrtc_hang_up_ends_the_call.yaml"  # HTTP (VCR), no socket
SOCKETS = sorted(p for p in LIVE.glob("test_openai_live_ws_*.yaml") if p.name != WEBRTC)
# The sideband (/attach) takes its own client events; the other recordings are primary sockets.
SIDEBAND = "test_openai_live_ws_sideband__"


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return data


def _frames(path: Path, direction: str) -> list[dict[str, Any]]:
    return [
        i["data"]
        for i in _load(path)["interactions"]
        if i.get("kind") == "message" and i["direction"] == direction
    ]


def test_the_recordings_are_there() -> None:
    # A missing folder must fail, not leave the parametrised tests below with nothing to run.
    assert len(SOCKETS) == 3, SOCKETS
    assert (LIVE / WEBRTC).is_file()


@pytest.mark.parametrize("path", SOCKETS, ids=lambda p: p.stem)
def test_every_server_frame_decodes_typed_and_round_trips(path: Path) -> None:
    frames = _frames(path, "received")
    assert frames
    for n, data in enumerate(frames):
        event = decode_live_server_event(json.dumps(data))
        assert not isinstance(event, UnknownServerEvent), f"frame {n}: {data['type']} unknown"
        assert type(event).__name__ == event_types.LIVE_SERVER_EVENTS[data["type"]]
        assert event.to_dict() == data, f"frame {n} ({data['type']}) changed"
        for nested, wire in _nested(event, data):
            assert not isinstance(nested, RealtimeUnknownVariant), f"frame {n}: {wire} unknown"
            assert nested.type == wire, f"frame {n}: {wire} decoded as {nested.type}"


def _client_events(path: Path) -> dict[str, str]:
    """The client events the recording's socket takes (a sideband's are its own)."""
    if path.name.startswith(SIDEBAND):
        return dict(event_types.LIVE_CONNECT_CLIENT_EVENTS)
    return dict(event_types.LIVE_CLIENT_EVENTS)


def _nested(event: Any, data: dict[str, Any]) -> list[tuple[Any, str]]:
    """The typed objects nested in a delegation event, with the ``type`` each was sent with:
    the backend's event, and the item it carries (function_call, message, reasoning...)."""
    if data["type"] not in ("response.event", "decision.event"):
        return []
    found = [(event.event, data["event"]["type"])]
    if "item" in data["event"]:
        found.append((event.event.item, data["event"]["item"]["type"]))
    return found


UNTYPED = {
    "response.event.event.response": {"frequency_penalty", "presence_penalty", "store"},
    "response.event.event": {"obfuscation"},
}
"""What the recorded Responses backend sent that openai 3.57's Live types do not name (the
generated layer's source): kept whole, as any unknown field, not typed."""
FREE_FORM = "parameters"
"""A function tool's JSON Schema: an object of any fields by design."""


def _untyped(value: object, path: str, found: dict[str, set[str]]) -> None:
    """The fields kept aside as unknown (``additional_properties``) in ``value``, by path."""
    if isinstance(value, list):
        for inner in cast(list[object], value):
            _untyped(inner, f"{path}[]", found)
    elif attrs.has(type(value)):
        extra: dict[str, Any] = getattr(value, "additional_properties", {})
        if extra:
            found.setdefault(path, set()).update(extra)
        for attribute in attrs.fields(type(value)):
            if attribute.name not in ("additional_properties", FREE_FORM):
                _untyped(getattr(value, attribute.name), f"{path}.{attribute.name}", found)


@pytest.mark.parametrize("path", SOCKETS, ids=lambda p: p.stem)
def test_every_recorded_field_is_typed(path: Path) -> None:
    table = _client_events(path)
    found: dict[str, set[str]] = {}
    for data in _frames(path, "received"):
        _untyped(decode_live_server_event(json.dumps(data)), data["type"], found)
    for data in _frames(path, "sent"):
        _untyped(getattr(models, table[data["type"]]).from_dict(data), data["type"], found)
    if "delegated_tool_round" in path.name:
        assert found == UNTYPED  # a name learnt upstream leaves the list
    else:
        assert found == {}


def test_the_recordings_hold_the_delegated_stream() -> None:
    # The nested checks above must have something to check: the tool round's backend stream.
    kinds = {
        (data["event"]["type"], data["event"].get("item", {}).get("type"))
        for path in SOCKETS
        for data in _frames(path, "received")
        if data["type"] == "response.event"
    }
    assert ("response.output_item.done", "function_call") in kinds
    assert ("response.output_item.done", "message") in kinds
    assert ("response.function_call_arguments.done", None) in kinds
    assert ("response.completed", None) in kinds


def test_the_nested_stream_narrows_and_keeps_what_it_does_not_know() -> None:
    def wrapped(nested: dict[str, Any]) -> Any:
        envelope = {
            "type": "response.event",
            "event_id": "e",
            "delegation_id": "d",
            "event": nested,
        }
        event = decode_live_server_event(json.dumps(envelope))
        assert isinstance(event, models.LiveResponseEvent)
        assert event.to_dict() == envelope
        return event.event

    done = wrapped(
        {
            "type": "response.output_item.done",
            "output_index": 0,
            "sequence_number": 9,
            "item": {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"},
        }
    )
    assert isinstance(done, models.LiveResponseOutputItemDoneEvent)
    assert isinstance(done.item, models.LiveResponseFunctionToolCall)
    assert done.item.call_id == "c"
    # A nested event type, or an item type, openai 3.57 does not have: kept whole.
    new = wrapped({"type": "response.brand_new", "sequence_number": 1, "x": [1]})
    assert isinstance(new, RealtimeUnknownVariant) and new.type_ == "response.brand_new"
    item = wrapped(
        {
            "type": "response.output_item.done",
            "output_index": 0,
            "sequence_number": 2,
            "item": {"type": "hologram_call", "id": "h"},
        }
    )
    assert isinstance(item.item, RealtimeUnknownVariant)
    # A lifecycle snapshot with only the response's id (the real server clears fields).
    created = wrapped({"type": "response.created", "sequence_number": 0, "response": {"id": "r"}})
    assert isinstance(created, models.LiveResponseCreatedEvent)
    assert created.response.id == "r"


def test_a_decision_is_typed_to_its_answers() -> None:
    usage = {
        "input_tokens": 1,
        "input_tokens_details": {"cache_write_tokens": 0, "cached_tokens": 0},
        "output_tokens": 2,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 3,
    }
    answers = [
        {"type": "choice", "name": "c", "choice": "yes", "confidence": 1.0, "probabilities": []},
        {"type": "predicate", "name": "p", "probability": 0.5},
        {"type": "opinion", "name": "o"},  # a kind of answer openai 3.57 does not have
    ]
    completed = {
        "type": "decision.event",
        "event_id": "e",
        "delegation_id": "d",
        "event": {
            "type": "decision.completed",
            "decision": {"answers": answers, "model": "m", "usage": usage},
        },
    }
    event = decode_live_server_event(json.dumps(completed))
    assert isinstance(event, models.LiveDecisionEvent)
    assert isinstance(event.event, models.LiveEvent)
    kinds = [type(answer).__name__ for answer in event.event.decision.answers]
    assert kinds == [
        "LiveAnswerAnswerResourceChoice",
        "LiveAnswerAnswerResourcePredicate",
        "RealtimeUnknownVariant",
    ]
    assert event.to_dict() == completed


def test_a_later_decision_event_type_is_kept_whole() -> None:
    completed = {
        "type": "decision.event",
        "event_id": "e",
        "delegation_id": "d",
        "event": {"type": "decision.failed", "error": {"message": "m"}},
    }
    event = decode_live_server_event(json.dumps(completed))
    assert isinstance(event, models.LiveDecisionEvent)
    assert isinstance(event.event, RealtimeUnknownVariant)
    assert event.to_dict() == completed


@pytest.mark.parametrize("path", SOCKETS, ids=lambda p: p.stem)
def test_every_client_frame_decodes_typed_and_round_trips(path: Path) -> None:
    table = _client_events(path)
    frames = _frames(path, "sent")
    # The sideband recording only listens; the primary ones send (start, appends, close...).
    assert bool(frames) != path.name.startswith(SIDEBAND)
    for n, data in enumerate(frames):
        name = table.get(data["type"])
        assert name is not None, f"frame {n}: no client event {data['type']!r}"
        event = getattr(models, name).from_dict(data)
        assert event.to_dict() == data, f"frame {n} ({data['type']}) changed"


def test_webrtc_create_request_and_answer_round_trip() -> None:
    create = _load(LIVE / WEBRTC)["interactions"][0]
    assert create["request"]["uri"].endswith("/v1/live/sessions")
    body = create["request"]["body"]["content"]
    request = models.LiveCreateParams.from_dict(body)
    assert request.to_dict() == body
    answer = create["response"]["body"]["content"]
    response = models.LiveCreateResponse.from_dict(answer)
    assert response.session.id.startswith("live_")
    assert response.to_dict() == answer


def test_the_two_apis_keep_their_own_shapes_of_one_type() -> None:
    # "error" is an event of both APIs, with different fields: each decoder has its table.
    live = {"type": "error", "event_id": "e", "error": {"type": "t", "code": "c", "message": "m"}}
    assert type(decode_live_server_event(json.dumps(live))).__name__ == "LiveErrorEvent"
    assert type(decode_server_event(json.dumps(live))).__name__ == "RealtimeServerEventError"


def test_an_unknown_live_event_decodes_whole() -> None:
    event = decode_live_server_event('{"type": "session.brand_new", "event_id": "e", "x": 1}')
    assert isinstance(event, UnknownServerEvent)
    assert event.wire_type == "session.brand_new"
    assert event.to_dict() == {"type": "session.brand_new", "event_id": "e", "x": 1}


def test_unknown_fields_enum_values_and_union_members_are_kept() -> None:
    closed = {
        "type": "session.closed",
        "event_id": "event_1",
        "reason": "tea_time",
        "usage": {"seconds": 1.5, "brand_new": True},
        "session": {
            "id": "live_1",
            "model": "gpt-live-2",
            "expires_at": 1,
            "status": "active",
            "audio": {"format": {"type": "audio/opus", "rate": 48000}},
        },
        "brand_new_field": {"nested": [1, 2]},
    }
    event = decode_live_server_event(json.dumps(closed))
    assert isinstance(event, models.LiveSessionClosedEvent)
    assert event.to_dict() == closed
    assert event.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    assert not event.reason.is_known
    assert isinstance(event.session.audio.format_, RealtimeUnknownVariant)

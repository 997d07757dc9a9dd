"""parse_*_event: dispatch, the fast path, and what happens with data the spec doesn't know."""

from __future__ import annotations

import json
from typing import Any

import pytest

from realtime_ext import events
from realtime_ext.events import EventDecodeError, UnknownEvent
from realtime_generated import models


def delta(kind: str = "response.output_audio.delta", **extra: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "event_id": "event_1",
        "response_id": "resp_1",
        "item_id": "item_1",
        "output_index": 0,
        "content_index": 0,
        "delta": "AAEC",
        **extra,
    }


@pytest.mark.parametrize(
    ("kind", "model"),
    [
        ("response.output_audio.delta", models.RealtimeServerEventResponseAudioDelta),
        (
            "response.output_audio_transcript.delta",
            models.RealtimeServerEventResponseAudioTranscriptDelta,
        ),
        ("response.output_text.delta", models.RealtimeServerEventResponseTextDelta),
    ],
)
def test_fast_path_matches_from_dict(kind: str, model: Any) -> None:
    data = delta(kind)
    for message in (json.dumps(data), json.dumps(data).encode(), data):
        parsed: Any = events.parse_server_event(message)
        assert type(parsed) is model
        assert parsed == model.from_dict(data)
        assert parsed.to_dict() == data


def test_extra_field_on_a_hot_event_is_kept() -> None:
    parsed = events.parse_server_event(delta(new_field=[1, 2]))
    assert isinstance(parsed, models.RealtimeServerEventResponseAudioDelta)
    assert parsed.additional_properties == {"new_field": [1, 2]}
    assert parsed.to_dict()["new_field"] == [1, 2]


def test_unknown_type_gives_unknown_event_with_raw() -> None:
    parsed = events.parse_server_event('{"type": "brand.new.event", "event_id": "e9", "x": 1}')
    assert isinstance(parsed, UnknownEvent)
    # .type is the constant "unknown" (so it never narrows to a known model); the wire type
    # is kept in wire_type / type_.
    assert (parsed.type, parsed.wire_type, parsed.type_, parsed.event_id, parsed.error) == (
        "unknown",
        "brand.new.event",
        "brand.new.event",
        "e9",
        None,
    )
    assert parsed.raw == {"type": "brand.new.event", "event_id": "e9", "x": 1}
    assert not parsed.known_type


def test_known_type_with_undescribed_shape_keeps_raw_and_error() -> None:
    data = delta()
    del data["item_id"]
    parsed = events.parse_server_event(json.dumps(data))
    assert isinstance(parsed, UnknownEvent)
    assert parsed.type == "unknown" and parsed.wire_type == "response.output_audio.delta"
    assert parsed.known_type and isinstance(parsed.error, KeyError)
    assert parsed.raw == data
    assert parsed.to_dict() == data


def test_missing_or_non_string_type_is_unknown() -> None:
    assert events.parse_server_event({"event_id": "e"}).type_ == ""
    assert events.parse_server_event({"type": 5}).type_ == "5"


@pytest.mark.parametrize("kind", [[1], {"a": 1}, None, 5, 1.5, True, "", "x.y"])
@pytest.mark.parametrize("wire", [str, str.encode, lambda t: bytearray(t.encode())])
def test_odd_types_in_wire_text_give_unknown_events(kind: Any, wire: Any) -> None:
    # Wire text takes the decoder's hot path: an unhashable or non-string ``type`` must
    # not raise there (a dict lookup of a list would), and must give what a dict gives.
    message = wire(json.dumps({"type": kind, "event_id": "e"}))
    for _ in range(2):  # the first sight resolves the type, the second reads the cache
        parsed = events.parse_server_event(message)
        assert isinstance(parsed, UnknownEvent)
        assert parsed.wire_type == events.parse_server_event({"type": kind}).wire_type
        assert parsed.raw == {"type": kind, "event_id": "e"}


def test_a_hot_type_that_fails_to_decode_from_wire_text_keeps_raw_and_error() -> None:
    data = delta(content_index=None, output_index=[])  # present, of types no model takes
    del data["item_id"]
    for _ in range(2):
        parsed = events.parse_server_event(json.dumps(data).encode())
        assert isinstance(parsed, UnknownEvent) and parsed.known_type
        assert isinstance(parsed.error, KeyError) and parsed.raw == data


@pytest.mark.parametrize("message", ["{not json", b"\xff\xfe", "", '{"type": "x"'])
def test_malformed_json_raises_clear_error(message: Any) -> None:
    with pytest.raises(EventDecodeError, match="not valid JSON"):
        events.parse_server_event(message)


def test_json_that_is_not_an_object_raises() -> None:
    with pytest.raises(EventDecodeError, match="not an object"):
        events.parse_server_event("[1, 2]")
    with pytest.raises(EventDecodeError, match="got int"):
        events.parse_server_event(42)  # type: ignore[arg-type]


def test_dict_input_is_not_mutated() -> None:
    data = delta()
    snapshot = json.loads(json.dumps(data))
    events.parse_server_event(data)
    events.parse_server_event({**data, "type": "response.done"})  # fails to decode
    assert data == snapshot


def test_unknown_event_repr_hides_payload() -> None:
    parsed = events.parse_server_event({"type": "x", "secret": "sk-abcdef", "audio": "A" * 500})
    assert "sk-abcdef" not in repr(parsed)
    assert "audio" in repr(parsed) and len(repr(parsed)) < 200


def test_client_and_translation_tables() -> None:
    assert isinstance(
        events.parse_client_event({"type": "response.cancel"}),
        models.RealtimeClientEventResponseCancel,
    )
    translation = events.parse_translation_server_event(
        {"type": "session.output_transcript.delta", "event_id": "e", "delta": "hi"}
    )
    assert type(translation).__name__.startswith("RealtimeTranslationServerEvent")
    assert isinstance(events.parse_server_event({"type": "session.closed"}), UnknownEvent)
    beta = events.parse_beta_client_event({"type": "transcription_session.update", "session": {}})
    assert type(beta).__name__ == "RealtimeBetaClientEventTranscriptionSessionUpdate"


def test_wire_decoders_decode_as_their_parse_functions_do() -> None:
    # What receive loops call: the event as the parse function gives it, and its JSON object.
    from realtime_ext.events import _parse

    # An event with a nested object comes with its JSON object; a flat one (plain fields
    # only) is decoded straight from the message, with none.
    nested = '{"type": "conversation.item.deleted", "event_id": "e1", "item_id": "i", "x": {}}'
    flat = '{"type": "input_audio_buffer.cleared", "event_id": "e1"}'
    # Every kind's parse function has its decoder's own pair (a kind's module registers it
    # with paired), not the slower fallback that re-encodes the event.
    public = {getattr(events, name) for name in events.__all__ if name.startswith("parse_")}
    assert len(public) == 8 and public == set(_parse._PAIRS)
    for parse in _parse._PAIRS:
        for message in (nested, flat, nested.encode(), flat.encode()):
            event, data = _parse.wire_decoder(parse)(message)
            assert event.to_dict() == parse(message).to_dict()
            assert data is None or data == json.loads(message)
    server = _parse.wire_decoder(events.parse_server_event)
    assert server(nested)[1] == json.loads(nested)  # an undescribed key: the dict way
    assert server(flat)[1] is None and server(flat.encode())[1] is None

    def custom(message: object) -> object:
        return message

    assert _parse.wire_decoder(custom)({"type": "x"}) == ({"type": "x"}, {"type": "x"})

"""The direct event constructors build exactly what ``from_dict`` builds.

They are written by regen (``realtime_generated._fast_events``, from
scripts/regen_lib/fast_events.py) and used through events/_fast.py. Checked on every event
example in the spec, each also with an undescribed extra key, with every key removed in
turn, and on items of every kind inside the item events; plus which events get a direct
constructor at all (the hot ones must), and that nothing is built from source at run time.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest

import realtime_ext
from realtime_ext.events._fast import fast_decoder
from realtime_generated import event_types, models
from realtime_generated._fast_events import DECODERS, NESTED
from support.spec_examples import BROKEN_UPSTREAM_EXAMPLES, events_with_examples

HOT = [
    "response.output_audio.delta",
    "response.output_audio_transcript.delta",
    "response.output_text.delta",
    "response.function_call_arguments.delta",
    "conversation.item.added",
    "conversation.item.done",
    "response.output_item.added",
    "response.output_item.done",
    "response.content_part.added",
    "response.content_part.done",
    "response.created",
    "response.done",
    "rate_limits.updated",
    "session.created",
]


def _copy(data: Any) -> Any:
    """A deep copy of JSON data (each decoder gets its own: decoders may take it apart). A
    pickle round trip is exact for JSON's types and about ten times faster than
    copy.deepcopy, which was most of this file's time (330,000 copies)."""
    return pickle.loads(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def _outcome(decode: Any, data: dict[str, Any]) -> Any:
    try:
        return decode(_copy(data))
    except Exception as exc:  # the generated from_dict raising is an outcome to match too
        return type(exc)


def _same(cls: Any, data: dict[str, Any]) -> None:
    fast = fast_decoder(cls)
    assert fast is not None
    expected, got = _outcome(cls.from_dict, data), _outcome(fast, data)
    assert type(got) is type(expected) and got == expected, (cls.__name__, data)
    if isinstance(expected, cls):
        assert got.to_dict() == expected.to_dict()
        assert got.additional_properties == expected.additional_properties


@pytest.fixture(scope="module")
def examples(upstream_subset: dict[str, Any]) -> list[tuple[Any, dict[str, Any]]]:
    return [
        (getattr(models, name), example)
        for name, example in events_with_examples(upstream_subset)
        if name not in BROKEN_UPSTREAM_EXAMPLES
    ]


def test_hot_events_get_a_direct_constructor() -> None:
    for kind in HOT:
        cls = getattr(models, event_types.SERVER_EVENTS[kind])
        assert fast_decoder(cls) is not None, kind


def test_every_spec_example_decodes_the_same(examples: list[tuple[Any, dict[str, Any]]]) -> None:
    covered = 0
    for cls, example in examples:
        if fast_decoder(cls) is None:
            continue
        covered += 1
        _same(cls, example)
        _same(cls, {**example, "field_from_the_future": {"x": [1, 2]}})
        for key in example:
            _same(cls, {k: v for k, v in example.items() if k != key})
    assert covered >= 40


def test_items_of_every_kind_decode_the_same(examples: list[tuple[Any, dict[str, Any]]]) -> None:
    items = [example["item"] for _, example in examples if isinstance(example.get("item"), dict)]
    items += [
        {"type": "message", "role": "system", "content": [{"type": "input_text", "text": "Hi"}]},
        {"type": "function_call", "name": "f", "arguments": "{}", "call_id": "c1", "id": "i1"},
        {"type": "function_call_output", "call_id": "c1", "output": "ok", "id": "i2"},
        {"type": "mcp_call", "id": "i3", "server_label": "s", "name": "n", "arguments": "{}"},
        {"type": "mcp_list_tools", "id": "i4", "server_label": "s", "tools": []},
        {
            "type": "mcp_approval_request",
            "id": "i5",
            "server_label": "s",
            "name": "n",
            "arguments": "{}",
        },
        {"type": "mcp_approval_response", "id": "i6", "approval_request_id": "i5", "approve": True},
    ]
    decoded = {
        type(
            models.RealtimeServerEventConversationItemAdded.from_dict(
                {"type": "conversation.item.added", "event_id": "e", "item": item}
            ).item
        ).__name__
        for item in items
    }
    assert len(decoded) >= 7, decoded
    odd = [
        {"type": "message", "role": "narrator", "content": []},  # no member has this role
        {"type": "brand_new_item", "id": "item_1"},
        {"role": "user", "content": []},  # no discriminator at all
        "not an object",
    ]
    for cls_name in (
        "RealtimeServerEventConversationItemAdded",
        "RealtimeServerEventConversationItemDone",
        "RealtimeServerEventResponseOutputItemAdded",
        "RealtimeServerEventResponseOutputItemDone",
    ):
        cls = getattr(models, cls_name)
        base = next(example for c, example in examples if c is cls)
        for item in [*items, *odd]:
            _same(cls, {**base, "item": item})


def test_constructors_are_generated_not_built_at_run_time() -> None:
    assert len(DECODERS) >= 100
    events = Path(realtime_ext.__file__).parent / "events"
    for path in sorted(events.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("exec(", "eval(", "getsource", "compile("):
            assert forbidden not in text, (path.name, forbidden)
    decode = fast_decoder(models.RealtimeServerEventResponseDone)
    assert decode is not None and decode.__module__ == "realtime_generated._fast_events"


def test_a_class_of_the_same_name_gets_no_constructor() -> None:
    impostor = type("RealtimeServerEventResponseDone", (), {})
    assert fast_decoder(impostor) is None


def _objects(value: Any) -> list[dict[str, Any]]:
    """Every JSON object inside ``value`` (itself included)."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        found.append(value)
        for inner in value.values():
            found += _objects(inner)
    elif isinstance(value, list):
        for inner in value:
            found += _objects(inner)
    return found


_REPLACEMENTS: list[Any] = [None, 7, 2.5, "x", "", True, [], {}, [{"type": "x"}], {"type": "x"}]


def _variants(obj: dict[str, Any], known: set[str]) -> list[dict[str, Any]]:
    # Every key dropped; a key the model has replaced by every other type; a key it does not
    # have (an additional property, whatever its value) by one. Replacing each of another
    # model's keys ten ways was half this test's cases and no path of the decoder's.
    out = [obj, {**obj, "field_from_the_future": [1]}]
    for key in obj:
        out.append({k: v for k, v in obj.items() if k != key})
        out += [{**obj, key: value} for value in (_REPLACEMENTS if key in known else [[{}]])]
    return out


def _dumped(model: Any) -> Any:
    try:
        return model.to_dict()
    except Exception as exc:  # some lenient values do not serialise back: alike, then
        return type(exc)


def test_nested_decoders_decode_what_from_dict_decodes(
    examples: list[tuple[Any, dict[str, Any]]],
) -> None:
    # Every nested direct decoder, on every object of every example its model shares a key
    # with, each with every key dropped and every value replaced by values of other types.
    # Each distinct object once: the examples repeat objects (one session or response in
    # several events; 137 objects, 85 distinct), and a decoder's outcome is a function of the
    # object alone (json.dumps keeps the key order, which a decoder could see).
    every = [obj for _, example in examples for obj in _objects(example)[1:]]
    objects = list({json.dumps(obj): obj for obj in every}.values())
    assert len(NESTED) >= 20
    checked = 0
    for name, factory in NESTED.items():
        cls = getattr(models, name)
        decode = factory()
        keys = {f.name.rstrip("_") for f in attrs.fields(cls)} - {"additional_properties"}
        mine = [obj for obj in objects if keys & obj.keys()]
        for obj in mine:
            for variant in _variants(obj, keys):
                expected, got = _outcome(cls.from_dict, variant), _outcome(decode, variant)
                assert type(got) is type(expected) and got == expected, (name, variant)
                if isinstance(expected, cls):
                    assert _dumped(got) == _dumped(expected), (name, variant)
                    assert got.additional_properties == expected.additional_properties
                checked += 1
        assert _outcome(decode, "not an object") is _outcome(cls.from_dict, "not an object")
    assert checked > 1000


def test_hot_nested_models_get_a_direct_decoder() -> None:
    for name in (
        "RealtimeServerEventRateLimitsUpdatedRateLimitsItem",
        "RealtimeConversationItemMessageAssistant",
        "RealtimeConversationItemMessageAssistantContentItem",
        "RealtimeResponse",
        "RealtimeSessionCreateResponseGA",  # a from_dict with a local named ``model``
    ):
        assert name in NESTED, name


def test_each_decoded_object_has_its_own_additional_properties() -> None:
    # The direct decoders build models by stores on bare instances (regen's
    # fast_nested.bare): each object must still get a dict of its own, as attrs' factory
    # gives, for events and for the objects inside them.
    decode = fast_decoder(models.RealtimeServerEventRateLimitsUpdated)
    assert decode is not None
    limit = {"name": "requests", "limit": 1, "remaining": 1, "reset_seconds": 1.0}
    data = {"type": "rate_limits.updated", "event_id": "e", "rate_limits": [limit, limit]}
    first, second = decode(data), decode(data)
    first.additional_properties["x"] = 1
    first.rate_limits[0].additional_properties["x"] = 1
    assert second.additional_properties == {} and first.rate_limits[1].additional_properties == {}
    assert second.rate_limits[0].additional_properties == {}


def test_decoders_below_an_event_are_built_when_first_needed() -> None:
    """A first ``session.created`` builds the decoders of what it holds, not of every model
    its session could hold: in a fresh process, a minimal session imports neither the
    transcription session's model (the other member of the union) nor the tools', the
    audio's or the prompt's; a session with audio then builds the audio's decoder and
    decodes it as ``from_dict`` does."""
    import subprocess
    import sys

    code = """
import sys
from realtime_ext.events import parse_server_event
event = parse_server_event(
    {"type": "session.created", "event_id": "e1",
     "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1"}})
assert event.session.id == "sess_1", event
loaded = sorted(n for n in sys.modules if n.startswith("realtime_generated.models."))
for name in ("realtime_transcription_session_create_response_ga", "mcp_tool",
             "realtime_function_tool", "realtime_session_create_response_ga_audio",
             "prompt_object"):
    assert "realtime_generated.models." + name not in sys.modules, (name, loaded)
full = {"type": "session.created", "event_id": "e2",
        "session": {"type": "realtime", "object": "realtime.session", "id": "sess_2",
                    "audio": {"output": {"voice": "alloy", "speed": 1.0}}}}
event = parse_server_event(full)
from realtime_generated.models import RealtimeServerEventSessionCreated
assert event == RealtimeServerEventSessionCreated.from_dict(full), event
assert "realtime_generated.models.realtime_session_create_response_ga_audio" in sys.modules
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

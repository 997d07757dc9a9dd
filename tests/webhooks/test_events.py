"""Parsing verified bodies: the typed realtime.call.incoming event, its SIP helpers,
unknown event types, and precise errors for malformed bodies."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext.webhooks import (
    InvalidWebhookPayloadError,
    RealtimeCallIncomingEvent,
    UnknownWebhookEvent,
    WebhookEvent,
    sign,
    unwrap,
)
from realtime_ext.webhooks._sip import uri_from_address
from realtime_generated.models import WebhookRealtimeCallIncoming
from support.fuzz import examples

from ._data import CALL_ID, SECRET, call_incoming


def unwrap_body(body: Any) -> WebhookEvent:
    text = body if isinstance(body, str) else json.dumps(body)
    return unwrap(text, sign(text, SECRET), secret=SECRET)


def incoming(**kwargs: Any) -> RealtimeCallIncomingEvent:
    event = unwrap_body(call_incoming(**kwargs))
    assert isinstance(event, RealtimeCallIncomingEvent)
    return event


def test_call_incoming_fields() -> None:
    event = incoming()
    assert event.type == "realtime.call.incoming"
    assert event.id == "evt_685343a1381c819085d44c354e1b330e"
    assert event.created_at == 1719168000
    assert event.call_id == CALL_ID
    assert isinstance(event.model, WebhookRealtimeCallIncoming)
    assert event.model.to_dict() == call_incoming()
    assert event.raw == call_incoming()
    assert event.sip_headers[0] == ("Max-Forwards", "63")


def test_sip_header_lookup_is_case_insensitive_and_keeps_repeats() -> None:
    event = incoming()
    assert event.sip_header("via") == "SIP/2.0/TLS 10.0.0.1:5061;branch=z9hG4bK776asdhds"
    assert event.sip_headers_named("Via") == [
        "SIP/2.0/TLS 10.0.0.1:5061;branch=z9hG4bK776asdhds",
        "SIP/2.0/TLS 10.0.0.2:5061;branch=z9hG4bK887jsd",
    ]
    assert event.sip_header("CSEQ") == "851287 INVITE"
    assert event.sip_header("X-Missing") is None
    assert event.sip_headers_named("X-Missing") == []


def test_caller_callee_and_sip_call_id() -> None:
    event = incoming()
    assert event.caller == "sip:+14155550123@example.com"
    assert event.callee == "sip:+18005550100@sip.api.openai.com;user=phone"
    assert event.sip_call_id == "a84b4c76e66710@pc33.example.com"


def test_compact_header_forms() -> None:
    event = incoming(
        sip_headers=[
            {"name": "f", "value": "sip:+14155550123@example.com;tag=abc"},
            {"name": "t", "value": "Bob <tel:+18005550100>"},
            {"name": "i", "value": "call-1@host"},
        ]
    )
    assert event.caller == "sip:+14155550123@example.com"
    assert event.callee == "tel:+18005550100"
    assert event.sip_call_id == "call-1@host"
    assert event.sip_header("From") == "sip:+14155550123@example.com;tag=abc"


def test_no_sip_headers() -> None:
    event = incoming(sip_headers=[])
    assert (event.caller, event.callee, event.sip_call_id) == (None, None, None)


@pytest.mark.parametrize(
    ("value", "uri"),
    [
        ('"Alice" <sip:+14155550123@example.com>;tag=1928301774', "sip:+14155550123@example.com"),
        ("<sip:+14155550123@example.com>", "sip:+14155550123@example.com"),
        ("sip:+14155550123@example.com;tag=x", "sip:+14155550123@example.com"),
        ("  Anonymous <sip:anonymous@anonymous.invalid>;tag=x ", "sip:anonymous@anonymous.invalid"),
        ('"Bob <boss>" <sip:bob@example.com>', "sip:bob@example.com"),
        ('"Quote \\" here" <sip:q@example.com>', "sip:q@example.com"),
        ("<sip:a@b;user=phone>;tag=1", "sip:a@b;user=phone"),
        ('"unterminated <sip:x@y>', None),
        ('"Name only"', None),
        ("Alice sip:alice@example.com", None),
        ("<sip:never-closed@example.com", None),
        ("", None),
        ("not a uri", None),
    ],
)
def test_uri_from_address(value: str, uri: str | None) -> None:
    assert uri_from_address(value) == uri


def test_sip_media_security_and_unknown_fields_are_kept() -> None:
    body = call_incoming(future_field=1)
    body["data"]["sip_media_security"] = "srtp"
    event = unwrap_body(body)
    assert isinstance(event, RealtimeCallIncomingEvent)
    assert event.sip_media_security == "srtp"
    assert event.model.additional_properties == {"future_field": 1}
    assert incoming().sip_media_security is None


def test_unknown_object_value_does_not_crash() -> None:
    assert incoming(object="event.v2").call_id == CALL_ID


def test_repr_is_short_and_readable() -> None:
    text = repr(incoming())
    assert text.startswith("RealtimeCallIncomingEvent(id='evt_")
    assert "caller='sip:+14155550123@example.com'" in text


def test_unknown_event_type_is_a_generic_event() -> None:
    body = {
        "object": "event",
        "id": "evt_1",
        "type": "batch.completed",
        "created_at": 1719168000,
        "data": {"id": "batch_1"},
    }
    event = unwrap_body(body)
    assert event == UnknownWebhookEvent(
        type="batch.completed", id="evt_1", created_at=1719168000, data={"id": "batch_1"}, raw=body
    )
    assert event.raw == body


def test_unknown_event_with_little_else() -> None:
    event = unwrap_body({"type": "something.new", "created_at": True, "data": [1]})
    assert isinstance(event, UnknownWebhookEvent)
    assert (event.id, event.created_at, event.data) == (None, None, {})


@pytest.mark.parametrize(
    ("body", "fragment", "field"),
    [
        ("not json", "not valid JSON", None),
        ("[1, 2]", "not a JSON object", None),
        ({"id": "evt_1"}, "missing required field", "type"),
        ({"type": 7}, "non-empty string", "type"),
        ({"type": ""}, "non-empty string", "type"),
    ],
)
def test_body_that_is_not_an_event(body: Any, fragment: str, field: str | None) -> None:
    with pytest.raises(InvalidWebhookPayloadError, match=fragment) as caught:
        unwrap_body(body)
    assert caught.value.field == field


def _without(path: str) -> dict[str, Any]:
    body = call_incoming()
    body["data"] = dict(body["data"])
    target = body["data"] if path.startswith("data.") else body
    del target[path.removeprefix("data.")]
    return body


@pytest.mark.parametrize("path", ["id", "created_at", "data", "data.call_id", "data.sip_headers"])
def test_call_incoming_missing_required_field(path: str) -> None:
    with pytest.raises(InvalidWebhookPayloadError, match="missing required field") as caught:
        unwrap_body(_without(path))
    assert caught.value.field == path
    assert path in str(caught.value)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": 5}, "id"),
        ({"created_at": "yesterday"}, "created_at"),
        ({"created_at": True}, "created_at"),
        ({"data": []}, "data"),
        ({"data": {"call_id": "", "sip_headers": []}}, "data.call_id"),
        ({"data": {"call_id": 1, "sip_headers": []}}, "data.call_id"),
        ({"data": {"call_id": "rtc_1", "sip_headers": {}}}, "data.sip_headers"),
        ({"data": {"call_id": "rtc_1", "sip_headers": ["Via"]}}, "data.sip_headers[0]"),
        (
            {"data": {"call_id": "rtc_1", "sip_headers": [{"name": "Via"}]}},
            "data.sip_headers[0].value",
        ),
        (
            {"data": {"call_id": "rtc_1", "sip_headers": [{"name": 1, "value": "x"}]}},
            "data.sip_headers[0].name",
        ),
    ],
)
def test_call_incoming_wrong_field_type(change: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidWebhookPayloadError) as caught:
        unwrap_body({**call_incoming(), **change})
    assert caught.value.field == field


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=examples(150), deadline=None)
@given(
    st.fixed_dictionaries(
        {"type": st.just("realtime.call.incoming")},
        optional={"id": _json, "created_at": _json, "data": _json},
    )
    | st.fixed_dictionaries(
        {
            "type": st.just("realtime.call.incoming"),
            "id": st.text(max_size=5),
            "created_at": st.integers(),
            "data": st.fixed_dictionaries(
                {}, optional={"call_id": _json, "sip_headers": st.lists(_json, max_size=3)}
            ),
        }
    )
    | _json
)
def test_any_signed_json_gives_an_event_or_a_payload_error(body: Any) -> None:
    try:
        event = unwrap_body(json.dumps(body))
    except InvalidWebhookPayloadError:
        return
    assert isinstance(event, RealtimeCallIncomingEvent | UnknownWebhookEvent)
    if isinstance(event, RealtimeCallIncomingEvent):
        # Every helper works on whatever headers a valid event carries.
        assert isinstance(event.sip_headers, list)
        _ = (event.caller, event.callee, event.sip_call_id, repr(event))

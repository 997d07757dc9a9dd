"""live.transport.incoming and live.transport.connected: verified and typed by the one
unwrap (and client.webhooks), sip_media_security on every incoming-call event, and newer
transports or types kept as unknown events, never an error."""

from __future__ import annotations

import json
from typing import Any, Literal, assert_type

import pytest

from realtime_ext import RealtimeClient
from realtime_ext.webhooks import (
    IncomingCall,
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    LiveCallIncomingEvent,
    LiveTransportConnectedEvent,
    LiveTransportIncomingEvent,
    RealtimeCallIncomingEvent,
    UnknownWebhookEvent,
    WebhookEvent,
    sign,
    unwrap,
)

from ._data import CALL_ID, SECRET, SIP_HEADERS, call_incoming

SESSION_ID = "live_u0_abc123"


def transport_incoming(**data: Any) -> dict[str, Any]:
    return {
        "object": "event",
        "id": "evt_lt_1",
        "type": "live.transport.incoming",
        "created_at": 1790712031,
        "data": {"type": "sip", "session_id": SESSION_ID, "sip_headers": SIP_HEADERS, **data},
    }


def transport_connected(**data: Any) -> dict[str, Any]:
    return {
        "object": "event",
        "id": "evt_lc_1",
        "type": "live.transport.connected",
        "created_at": 1790712031,
        "data": {"type": "webrtc", "session_id": SESSION_ID, **data},
    }


def _unwrap(body: dict[str, Any]) -> WebhookEvent:
    payload = json.dumps(body)
    return unwrap(payload, sign(payload, SECRET), secret=SECRET)


def test_live_transport_incoming_is_typed_with_the_sip_helpers() -> None:
    event = _unwrap(transport_incoming(sip_media_security="srtp"))
    assert isinstance(event, LiveTransportIncomingEvent)
    assert_type(event.type, Literal["live.transport.incoming"])
    assert (event.id, event.created_at, event.session_id) == ("evt_lt_1", 1790712031, SESSION_ID)
    assert (event.transport, event.sip_media_security) == ("sip", "srtp")
    assert event.caller == "sip:+14155550123@example.com"
    assert event.sip_call_id == "a84b4c76e66710@pc33.example.com"
    assert SESSION_ID in repr(event)
    assert event.model.to_dict() == event.raw  # nothing lost


def test_live_transport_connected_is_typed() -> None:
    event = _unwrap(transport_connected())
    assert isinstance(event, LiveTransportConnectedEvent)
    assert_type(event.type, Literal["live.transport.connected"])
    assert (event.id, event.created_at) == ("evt_lc_1", 1790712031)
    assert (event.session_id, event.transport) == (SESSION_ID, "webrtc")
    assert SESSION_ID in repr(event)
    assert event.model.to_dict() == event.raw


@pytest.mark.parametrize("value", ["srtp", "rtp", "zrtp-2030", None])
def test_sip_media_security_on_both_apis_incoming_calls(value: str | None) -> None:
    extra = {} if value is None else {"sip_media_security": value}
    realtime_body = call_incoming()
    realtime_body["data"].update(extra)
    realtime = _unwrap(realtime_body)
    live = _unwrap(transport_incoming(**extra))
    legacy_body = transport_incoming(**extra)
    legacy_body["type"] = "live.call.incoming"
    del legacy_body["data"]["type"]
    legacy = _unwrap(legacy_body)
    assert isinstance(realtime, RealtimeCallIncomingEvent)
    assert isinstance(live, LiveTransportIncomingEvent)
    assert isinstance(legacy, LiveCallIncomingEvent)
    assert realtime.sip_media_security == live.sip_media_security == value
    assert legacy.sip_media_security == value


def _legacy_incoming() -> dict[str, Any]:
    body = transport_incoming()
    body["type"] = "live.call.incoming"
    del body["data"]["type"]
    return body


@pytest.mark.parametrize(
    ("body", "field", "value", "incoming"),
    [
        (call_incoming(), "call_id", CALL_ID, True),
        (transport_incoming(), "session_id", SESSION_ID, True),
        (_legacy_incoming(), "session_id", SESSION_ID, True),
        (transport_connected(), "session_id", SESSION_ID, False),
    ],
)
def test_every_typed_event_names_its_subject_the_same_way(
    body: dict[str, Any], field: str, value: str, incoming: bool
) -> None:
    # What code written once for either API reads (webhook verify, the call runner): the id
    # the event is about and the name its API gives it, which is the body's data field.
    event = _unwrap(body)
    assert not isinstance(event, UnknownWebhookEvent)
    assert (event.subject_field, event.subject_id) == (field, value)
    assert body["data"][event.subject_field] == event.subject_id
    assert isinstance(event, IncomingCall) is incoming
    if isinstance(event, IncomingCall):
        assert_type(event.subject_id, str)
        assert event.sip_call_id == "a84b4c76e66710@pc33.example.com"


@pytest.mark.parametrize(
    "body",
    [
        transport_incoming(type="h323"),
        transport_connected(type="quic"),
        {"type": "live.transport.departed", "id": "evt_2", "created_at": 1, "data": {"x": 1}},
    ],
)
def test_newer_transports_and_types_are_unknown_events(body: dict[str, Any]) -> None:
    event = _unwrap(body)
    assert isinstance(event, UnknownWebhookEvent)
    assert event.raw == body


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (transport_incoming(session_id=""), "data.session_id"),
        (transport_incoming(type=5), "data.type"),
        (transport_incoming(sip_headers=[{"name": "Via"}]), "data.sip_headers[0].value"),
        (transport_connected(session_id=7), "data.session_id"),
        ({**transport_connected(), "data": []}, "data"),
    ],
)
def test_malformed_live_bodies_name_the_field(body: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidWebhookPayloadError) as caught:
        _unwrap(body)
    assert field in str(caught.value)


def test_client_webhooks_verifies_before_typing() -> None:
    payload = json.dumps(transport_incoming())
    headers = sign(payload, SECRET)
    with RealtimeClient(api_key="sk-test", webhook_secret=SECRET) as client:
        event = client.webhooks.unwrap(payload, headers)
        assert isinstance(event, LiveTransportIncomingEvent)
        with pytest.raises(InvalidWebhookSignatureError):
            client.webhooks.unwrap(payload.replace(SESSION_ID, "live_other"), headers)

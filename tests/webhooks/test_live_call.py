"""live.call.incoming: typed beside realtime.call.incoming; one SIP session sends both."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, assert_type

import pytest

from realtime_ext.webhooks import (
    InvalidWebhookPayloadError,
    LiveCallIncomingEvent,
    RealtimeCallIncomingEvent,
    WebhookEvent,
    sign,
    unwrap,
)

from ._data import CALL_ID, SECRET, SIP_HEADERS, call_incoming


def live_call_incoming(**data: Any) -> dict[str, Any]:
    return {
        "object": "event",
        "id": "evt_live_1",
        "type": "live.call.incoming",
        "created_at": 1719168000,
        "data": {"session_id": CALL_ID, "sip_headers": SIP_HEADERS, **data},
    }


def _unwrap(body: dict[str, Any]) -> WebhookEvent:
    payload = json.dumps(body)
    return unwrap(payload, sign(payload, SECRET), secret=SECRET)


def test_live_call_incoming_is_typed_with_the_sip_helpers() -> None:
    event = _unwrap(live_call_incoming())
    assert isinstance(event, LiveCallIncomingEvent)
    assert_type(event.type, Literal["live.call.incoming"])
    assert event.type == "live.call.incoming"
    assert event.id == "evt_live_1" and event.created_at == 1719168000
    assert event.session_id == CALL_ID
    assert event.caller == "sip:+14155550123@example.com"
    assert event.callee == "sip:+18005550100@sip.api.openai.com;user=phone"
    assert event.sip_call_id == "a84b4c76e66710@pc33.example.com"
    assert len(event.sip_headers_named("via")) == 2
    assert CALL_ID in repr(event)
    assert event.model.to_dict()["data"]["session_id"] == CALL_ID


def test_one_sip_session_sends_both_events_with_one_id() -> None:
    realtime = _unwrap(call_incoming())
    live = _unwrap(live_call_incoming())
    assert isinstance(realtime, RealtimeCallIncomingEvent)
    assert isinstance(live, LiveCallIncomingEvent)
    assert realtime.call_id == live.session_id
    assert realtime.sip_headers == live.sip_headers


def test_the_spec_example_parses(upstream_subset: dict[str, Any]) -> None:
    schema = upstream_subset["components"]["schemas"]["WebhookLiveCallIncoming"]
    example = schema["x-oaiMeta"]["example"].replace(",\n    ]", "\n    ]")  # upstream typo
    event = _unwrap(json.loads(example))
    assert isinstance(event, LiveCallIncomingEvent)
    assert event.session_id.startswith("rtc_")


@pytest.mark.parametrize(
    ("data", "field"),
    [({"session_id": ""}, "data.session_id"), ({"sip_headers": [1]}, "data.sip_headers[0]")],
)
def test_malformed_live_bodies_name_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidWebhookPayloadError) as caught:
        _unwrap(live_call_incoming(**data))
    assert field in str(caught.value)
    assert "live.call.incoming" in str(caught.value)


@pytest.mark.parametrize("kind", ["live.call.incoming", "live.transport.incoming"])
def test_the_cli_verifies_a_live_call(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from realtime_ext.cli import main

    body = live_call_incoming()
    if kind == "live.transport.incoming":  # its successor: the same call, data.type added
        body = {**body, "type": kind, "data": {**body["data"], "type": "sip"}}
    payload = json.dumps(body)
    (tmp_path / "body.json").write_text(payload)
    (tmp_path / "headers.json").write_text(json.dumps(sign(payload, SECRET)))
    args = ["--payload", str(tmp_path / "body.json"), "--headers", str(tmp_path / "headers.json")]
    code = main(["webhook", "verify", *args, "--secret", SECRET, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["type"] == kind and data["session_id"] == CALL_ID
    assert data["caller"] == "sip:+14155550123@example.com"


def test_the_cli_shows_each_apis_id_under_its_own_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The text (not --json) lines up the values after the id's label, which is the name the
    # event's API gives it; a connected (WebRTC) session shows its id alone.
    from realtime_ext.cli import main

    incoming = live_call_incoming()
    connected = {
        **incoming,
        "type": "live.transport.connected",
        "data": {"type": "webrtc", "session_id": CALL_ID},
    }
    shown = []
    for body in (incoming, connected):
        payload = json.dumps(body)
        (tmp_path / "body.json").write_text(payload)
        (tmp_path / "headers.json").write_text(json.dumps(sign(payload, SECRET)))
        files = ["--payload", str(tmp_path / "body.json")]
        files += ["--headers", str(tmp_path / "headers.json")]
        assert main(["webhook", "verify", *files, "--secret", SECRET]) == 0
        shown.append(capsys.readouterr().out.splitlines()[1:])
    assert shown == [
        [
            f"session_id: {CALL_ID}",
            "from:       sip:+14155550123@example.com",
            "to:         sip:+18005550100@sip.api.openai.com;user=phone",
        ],
        [f"session_id: {CALL_ID}"],
    ]

"""realtime_ext.webhooks and the official openai package agree on what is authentic."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import openai
import pytest
from openai.types.webhooks import RealtimeCallIncomingWebhookEvent
from standardwebhooks import Webhook

from realtime_ext.webhooks import (
    InvalidWebhookSignatureError,
    RealtimeCallIncomingEvent,
    WebhookTimestampTooNewError,
    WebhookTimestampTooOldError,
    sign,
    unwrap,
    verify,
)

from ._data import CALL_ID, OTHER_SECRET, SECRET, call_incoming_json, now

BODY = call_incoming_json()


# Module-scoped: the client only verifies and parses (no request, no state), and building one
# loads the CA bundle for its HTTP client (40 ms of CPU) that these tests never use.
@pytest.fixture(scope="module")
def official() -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test-not-used", webhook_secret=SECRET)


def official_style_headers(body: str, *, timestamp: int, secret: str = SECRET) -> dict[str, str]:
    """Headers as OpenAI's servers make them: the Standard Webhooks recipe openai verifies."""
    when = datetime.fromtimestamp(timestamp, tz=UTC)
    return {
        "webhook-id": "wh_685342e6c53c8190a1be43f081506c52",
        "webhook-timestamp": str(timestamp),
        "webhook-signature": Webhook(secret).sign(
            "wh_685342e6c53c8190a1be43f081506c52", when, body
        ),
    }


def test_ours_verify_with_openai(official: openai.OpenAI) -> None:
    headers = sign(BODY, SECRET, msg_id="wh_1", timestamp=now())
    official.webhooks.verify_signature(BODY, headers)
    event = official.webhooks.unwrap(BODY, headers)
    assert isinstance(event, RealtimeCallIncomingWebhookEvent)
    assert event.data.call_id == CALL_ID


def test_theirs_verify_here(official: openai.OpenAI) -> None:
    headers = official_style_headers(BODY, timestamp=now())
    official.webhooks.verify_signature(BODY, headers)  # the fixture itself is valid for openai
    event = unwrap(BODY, headers, secret=SECRET)
    assert isinstance(event, RealtimeCallIncomingEvent)
    mine = official.webhooks.unwrap(BODY, headers)
    assert isinstance(mine, RealtimeCallIncomingWebhookEvent)
    assert (event.id, event.call_id, event.created_at) == (
        mine.id,
        mine.data.call_id,
        mine.created_at,
    )
    assert event.sip_headers == [(h.name, h.value) for h in mine.data.sip_headers]


Tamper = Callable[[str, dict[str, str]], tuple[str, dict[str, str]]]

TAMPERS: dict[str, Tamper] = {
    "body": lambda body, h: (body.replace(CALL_ID, CALL_ID[:-1] + "0"), h),
    "webhook-id": lambda body, h: (body, {**h, "webhook-id": h["webhook-id"] + "x"}),
    "webhook-timestamp": lambda body, h: (
        body,
        {**h, "webhook-timestamp": str(int(h["webhook-timestamp"]) + 1)},
    ),
    "signature": lambda body, h: (
        body,
        {
            **h,
            "webhook-signature": sign(body, OTHER_SECRET, msg_id=h["webhook-id"])[
                "webhook-signature"
            ],
        },
    ),
}


@pytest.mark.parametrize("what", sorted(TAMPERS))
@pytest.mark.parametrize("signer", ["ours", "theirs"])
def test_tampered_requests_fail_on_both_sides(
    official: openai.OpenAI, what: str, signer: str
) -> None:
    ts = now()
    headers = (
        sign(BODY, SECRET, msg_id="wh_1", timestamp=ts)
        if signer == "ours"
        else official_style_headers(BODY, timestamp=ts)
    )
    body, bad = TAMPERS[what](BODY, headers)
    with pytest.raises(openai.InvalidWebhookSignatureError):
        official.webhooks.verify_signature(body, bad)
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        verify(body, bad, secret=SECRET)


@pytest.mark.parametrize(
    ("offset", "ours", "theirs"),
    [
        (-1000, WebhookTimestampTooOldError, "too old"),
        (1000, WebhookTimestampTooNewError, "too new"),
    ],
)
def test_out_of_window_timestamps_fail_on_both_sides(
    official: openai.OpenAI, offset: int, ours: type[Exception], theirs: str
) -> None:
    headers = sign(BODY, SECRET, msg_id="wh_1", timestamp=now() + offset)
    with pytest.raises(openai.InvalidWebhookSignatureError, match=theirs):
        official.webhooks.verify_signature(BODY, headers)
    with pytest.raises(ours):
        verify(BODY, headers, secret=SECRET)
    # Both accept it with a wide enough window.
    official.webhooks.verify_signature(BODY, headers, tolerance=3600)
    verify(BODY, headers, secret=SECRET, tolerance=3600)


def test_key_rotation_header_accepted_by_both(official: openai.OpenAI) -> None:
    ts = now()
    good = sign(BODY, SECRET, msg_id="wh_1", timestamp=ts)
    stale = sign(BODY, OTHER_SECRET, msg_id="wh_1", timestamp=ts)["webhook-signature"]
    headers = {**good, "webhook-signature": f"{stale} {good['webhook-signature']}"}
    official.webhooks.verify_signature(BODY, headers)
    verify(BODY, headers, secret=SECRET)


def test_unknown_event_type_is_returned_by_both(official: openai.OpenAI) -> None:
    body = json.dumps(
        {"id": "evt_1", "type": "realtime.call.future", "created_at": 1, "data": {"x": 1}}
    )
    headers = sign(body, SECRET, msg_id="wh_1")
    official.webhooks.verify_signature(body, headers)
    event = unwrap(body, headers, secret=SECRET)
    assert (event.type, event.id, event.data) == ("realtime.call.future", "evt_1", {"x": 1})

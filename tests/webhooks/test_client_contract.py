"""``RealtimeClient(webhook_secret=...).webhooks`` verifies through realtime_ext.webhooks."""

from __future__ import annotations

import pytest

from realtime_ext import RealtimeClient
from realtime_ext.webhooks import (
    InvalidWebhookSignatureError,
    RealtimeCallIncomingEvent,
    WebhookTimestampTooOldError,
    sign,
)

from ._data import CALL_ID, OTHER_SECRET, SECRET, call_incoming_json, now

BODY = call_incoming_json()


def test_client_webhooks_use_the_client_secret() -> None:
    # Nothing is sent: the base_url only has to be a loopback address.
    with RealtimeClient(
        api_key="sk-test-unused", base_url="http://127.0.0.1:9/v1", webhook_secret=SECRET
    ) as client:
        event = client.webhooks.unwrap(BODY, sign(BODY, SECRET))
        assert isinstance(event, RealtimeCallIncomingEvent)
        assert event.call_id == CALL_ID
        with pytest.raises(InvalidWebhookSignatureError):
            client.webhooks.verify(BODY, sign(BODY, OTHER_SECRET))
        old = sign(BODY, SECRET, timestamp=now() - 600)
        with pytest.raises(WebhookTimestampTooOldError):
            client.webhooks.verify(BODY, old)
        client.webhooks.verify(BODY, old, tolerance=900)
        assert SECRET.removeprefix("whsec_")[:8] not in repr(client.webhooks) + repr(client)

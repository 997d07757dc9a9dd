"""Shared webhook bodies and secrets for the webhook tests."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

# Test-only keys, made up here; never real credentials.
SECRET = "whsec_" + base64.b64encode(b"realtime-ext test webhook key 01").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"realtime-ext test webhook key 02").decode()

CALL_ID = "rtc_479a275623b54bdb9b6fbae2f7cbd408"

SIP_HEADERS: list[dict[str, str]] = [
    {"name": "Max-Forwards", "value": "63"},
    {"name": "Via", "value": "SIP/2.0/TLS 10.0.0.1:5061;branch=z9hG4bK776asdhds"},
    {"name": "via", "value": "SIP/2.0/TLS 10.0.0.2:5061;branch=z9hG4bK887jsd"},
    {"name": "CSeq", "value": "851287 INVITE"},
    {"name": "From", "value": '"Alice Caller" <sip:+14155550123@example.com>;tag=1928301774'},
    {"name": "To", "value": "<sip:+18005550100@sip.api.openai.com;user=phone>"},
    {"name": "Call-ID", "value": "a84b4c76e66710@pc33.example.com"},
]


def call_incoming(
    *,
    call_id: str = CALL_ID,
    sip_headers: list[dict[str, str]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A realtime.call.incoming body as OpenAI sends it."""
    body: dict[str, Any] = {
        "object": "event",
        "id": "evt_685343a1381c819085d44c354e1b330e",
        "type": "realtime.call.incoming",
        "created_at": 1719168000,
        "data": {
            "call_id": call_id,
            "sip_headers": SIP_HEADERS if sip_headers is None else sip_headers,
        },
    }
    body.update(extra)
    return body


def call_incoming_json(**kwargs: Any) -> str:
    return json.dumps(call_incoming(**kwargs))


def now() -> int:
    return int(time.time())

"""Hostile webhook requests: only the SDK's webhook errors escape (issue 23, finding 3).

Headers with whitespace, numbers far past int()'s 4,300-digit limit and bodies nested or
numbered beyond what json.loads takes, both signed (so the body is reached) and not.
"""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from realtime_ext.webhooks import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    WebhookError,
    sign,
    unwrap,
    verify,
)
from realtime_ext.webhooks._parse import parse_event
from support.fuzz import examples

from ._data import SECRET, call_incoming_json

HUGE = "9" * 5000
FULLWIDTH_17 = "\uff11\uff17"
TEXT = st.sampled_from(
    ["", " ", "\t", "  \t ", HUGE, "0" * 40 + "1", "-1", "+17", "1_7", FULLWIDTH_17, "\xa0", "v1,"]
)
BODIES = st.sampled_from(
    [
        "",
        " ",
        "[" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"type": "realtime.call.incoming", "data": ' + "[" * 3000 + "]" * 3000 + "}",
        '{"type": "realtime.call.incoming", "created_at": ' + HUGE + "}",
        '{"type": ' + HUGE + "}",
        call_incoming_json(),
    ]
)


def test_a_five_thousand_digit_timestamp_is_the_signature_error() -> None:
    headers = dict(sign(call_incoming_json(), SECRET))
    headers["webhook-timestamp"] = HUGE
    for check in (verify, unwrap):
        with pytest.raises(InvalidWebhookSignatureError, match="not a Unix timestamp"):
            check(call_incoming_json(), headers, secret=SECRET)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(["webhook-id", "webhook-timestamp", "webhook-signature"]),
    value=TEXT,
    body=BODIES,
)
def test_hostile_headers_raise_only_webhook_errors(field: str, value: str, body: str) -> None:
    headers = dict(sign(body, SECRET))
    headers[field] = value
    for check in (verify, unwrap):
        with contextlib.suppress(WebhookError):
            check(body, headers, secret=SECRET)


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=BODIES)
def test_hostile_signed_bodies_raise_only_payload_errors(body: str) -> None:
    headers = sign(body, SECRET)
    with contextlib.suppress(InvalidWebhookPayloadError):
        unwrap(body, headers, secret=SECRET)
    with contextlib.suppress(InvalidWebhookPayloadError):
        parse_event(body)
    json.dumps(headers)

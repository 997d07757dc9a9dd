"""Webhook errors that openai-style ``except ValueError`` clauses catch, in openai's order."""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import itertools
import time
from typing import Any

import openai
import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.webhooks import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    MissingWebhookHeaderError,
    WebhookError,
    WebhookTimestampTooNewError,
    sign,
    unwrap,
    verify,
)
from tests.webhooks._data import SECRET, call_incoming_json

BODY = call_incoming_json()
HEADERS = ("webhook-signature", "webhook-timestamp", "webhook-id")


def _signed(**kwargs: Any) -> dict[str, str]:
    return sign(BODY, SECRET, msg_id="msg_1", **kwargs)


@functools.cache
def _official(secret: str) -> openai.OpenAI:
    """One client per secret: it only verifies (no request, no state), and building one
    loads the CA bundle for its HTTP client (40 ms of CPU) that these tests never use."""
    return openai.OpenAI(api_key="sk-test-not-used", webhook_secret=secret)


def _official_error(body: str, headers: dict[str, str], secret: str) -> BaseException | None:
    client = _official(secret)
    try:
        client.webhooks.verify_signature(body, headers)
    except BaseException as exc:
        return exc
    return None


@pytest.mark.parametrize("kept", [c for n in range(3) for c in itertools.combinations(HEADERS, n)])
def test_missing_headers_are_value_errors_named_in_openais_order(kept: tuple[str, ...]) -> None:
    full = _signed()
    headers = {name: full[name] for name in kept}
    with pytest.raises(ValueError) as ours:
        verify(BODY, headers, secret=SECRET)
    theirs = _official_error(BODY, headers, SECRET)
    assert isinstance(theirs, ValueError)
    assert isinstance(ours.value, MissingWebhookHeaderError)
    # openai: "Could not find webhook-signature header"; both name the same first header.
    assert ours.value.header in str(theirs)


@pytest.mark.parametrize(
    "change",
    [
        {"webhook-signature": "v1,AAAA"},
        {"webhook-timestamp": str(int(time.time()) - 10_000)},
        {"webhook-timestamp": str(int(time.time()) + 10_000)},
        {"webhook-timestamp": "soon"},
    ],
)
def test_every_rejection_is_a_value_error_as_in_openai(change: dict[str, str]) -> None:
    headers = {**_signed(), **change}
    with pytest.raises(ValueError) as ours:
        verify(BODY, headers, secret=SECRET)
    assert isinstance(ours.value, InvalidWebhookSignatureError | WebhookError)
    assert isinstance(_official_error(BODY, headers, SECRET), openai.InvalidWebhookSignatureError)


def test_payload_errors_are_value_errors() -> None:
    headers = sign("not json", SECRET, msg_id="msg_1")
    with pytest.raises(ValueError) as caught:
        unwrap("not json", headers, secret=SECRET)
    assert isinstance(caught.value, InvalidWebhookPayloadError)


def test_raw_secret_without_prefix_works_as_in_openai() -> None:
    raw = "my-raw-signing-key"
    ts = str(int(time.time()))
    mac = hmac.new(raw.encode(), f"msg_1.{ts}.{BODY}".encode(), hashlib.sha256).digest()
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": ts,
        "webhook-signature": "v1," + base64.b64encode(mac).decode(),
    }
    verify(BODY, headers, secret=raw)
    assert _official_error(BODY, headers, raw) is None
    # A bare signature (no "v1," prefix) is accepted too, as openai does; it still must match.
    verify(BODY, {**headers, "webhook-signature": base64.b64encode(mac).decode()}, secret=raw)
    with pytest.raises(InvalidWebhookSignatureError):
        verify(BODY, {**headers, "webhook-signature": "AAAA"}, secret=raw)


def test_an_api_key_as_webhook_secret_is_named() -> None:
    with pytest.raises(ValueError, match="API key, not a webhook secret"):
        verify(BODY, _signed(), secret="sk-proj-abcdefgh12345678")


@pytest.mark.parametrize("headers", [None, 42, "webhook-id: x", [("a", "b", "c")], [1]])
def test_bad_header_types_get_a_clear_error(headers: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="headers must") as caught:
        unwrap(BODY, headers, secret=SECRET)
    assert isinstance(caught.value, ValueError)


def test_bad_payload_type_gets_a_clear_error() -> None:
    with pytest.raises(InvalidArgumentError, match="payload must be the raw request body"):
        verify({"a": 1}, _signed(), secret=SECRET)  # type: ignore[arg-type]


def test_millisecond_timestamp_gets_a_hint() -> None:
    ms = int(time.time() * 1000)
    headers = {**_signed(), "webhook-timestamp": str(ms)}
    with pytest.raises(WebhookTimestampTooNewError, match="looks like milliseconds"):
        verify(BODY, headers, secret=SECRET)
    seconds_ahead = {**_signed(), "webhook-timestamp": str(int(time.time()) + 10_000)}
    with pytest.raises(WebhookTimestampTooNewError) as caught:
        verify(BODY, seconds_ahead, secret=SECRET)
    assert "milliseconds" not in str(caught.value)

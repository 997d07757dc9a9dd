"""Signature checks of realtime_ext.webhooks.verify/unwrap/sign, each failure its own error."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from standardwebhooks import Webhook

from realtime_ext import InvalidArgumentError, OpenAIError
from realtime_ext.webhooks import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    MissingWebhookHeaderError,
    RealtimeCallIncomingEvent,
    WebhookConfigError,
    WebhookError,
    WebhookTimestampTooNewError,
    WebhookTimestampTooOldError,
    sign,
    unwrap,
    verify,
)

from ._data import OTHER_SECRET, SECRET, call_incoming_json, now

BODY = call_incoming_json()


def signed(body: str = BODY, secret: str = SECRET, **kwargs: Any) -> dict[str, str]:
    kwargs.setdefault("msg_id", "msg_2hZ1")
    kwargs.setdefault("timestamp", now())
    return sign(body, secret, **kwargs)


def hand_signature(secret: str, msg_id: str, timestamp: str, body: str) -> str:
    """The Standard Webhooks recipe written out, independent of both libraries."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{msg_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def test_signed_here_verifies_here() -> None:
    verify(BODY, signed(), secret=SECRET)
    assert isinstance(unwrap(BODY.encode(), signed(), secret=SECRET), RealtimeCallIncomingEvent)


def test_sign_matches_the_recipe_by_hand() -> None:
    headers = signed(timestamp=1719168000)
    assert headers == {
        "webhook-id": "msg_2hZ1",
        "webhook-timestamp": "1719168000",
        "webhook-signature": hand_signature(SECRET, "msg_2hZ1", "1719168000", BODY),
    }


def test_standardwebhooks_verifies_our_signature_and_we_verify_its() -> None:
    ours = signed()
    assert Webhook(SECRET).verify(BODY, ours) is not None
    when = datetime.fromtimestamp(now(), tz=UTC)
    theirs = {
        "webhook-id": "msg_x",
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": Webhook(SECRET).sign("msg_x", when, BODY),
    }
    verify(BODY, theirs, secret=SECRET)


@pytest.mark.parametrize(
    "shape",
    ["upper", "title", "pairs", "httpx", "bytes-body"],
)
def test_header_shapes_and_case(shape: str) -> None:
    headers = signed()
    body: str | bytes = BODY
    given: Any
    if shape == "upper":
        given = {k.upper(): v for k, v in headers.items()}
    elif shape == "title":
        given = {k.title(): v for k, v in headers.items()}
    elif shape == "pairs":
        given = list(headers.items())
    elif shape == "httpx":
        given = httpx.Headers(headers)
    else:
        given, body = headers, BODY.encode()
    verify(body, given, secret=SECRET)


def test_key_rotation_any_signature_may_match() -> None:
    good = signed()["webhook-signature"]
    stale = signed(secret=OTHER_SECRET)["webhook-signature"]
    for header in (f"{stale} {good}", f"{good} {stale}", f"v1a,xyz {stale}  {good}"):
        verify(BODY, {**signed(), "webhook-signature": header}, secret=SECRET)


def test_repeated_signature_headers_are_merged() -> None:
    headers = signed()
    stale = signed(secret=OTHER_SECRET)["webhook-signature"]
    pairs = [
        ("webhook-id", headers["webhook-id"]),
        ("webhook-timestamp", headers["webhook-timestamp"]),
        ("webhook-signature", stale),
        ("Webhook-Signature", headers["webhook-signature"]),
    ]
    verify(BODY, pairs, secret=SECRET)
    verify(BODY, httpx.Headers(pairs), secret=SECRET)


@pytest.mark.parametrize("name", ["webhook-id", "webhook-timestamp", "webhook-signature"])
@pytest.mark.parametrize("how", ["absent", "empty"])
def test_missing_header_is_named(name: str, how: str) -> None:
    headers = signed()
    if how == "absent":
        del headers[name]
    else:
        headers[name] = "  "
    with pytest.raises(MissingWebhookHeaderError) as caught:
        verify(BODY, headers, secret=SECRET)
    assert caught.value.header == name
    assert name in str(caught.value)


@pytest.mark.parametrize(
    "tamper",
    ["body", "webhook-id", "webhook-timestamp", "signature-bytes", "wrong-secret"],
)
def test_tampering_fails_with_bad_signature(tamper: str) -> None:
    headers = signed()
    body = BODY
    if tamper == "body":
        body = BODY.replace("rtc_", "rtc_x")
    elif tamper == "webhook-id":
        headers["webhook-id"] = "msg_other"
    elif tamper == "webhook-timestamp":
        headers["webhook-timestamp"] = str(int(headers["webhook-timestamp"]) - 1)
    elif tamper == "signature-bytes":
        raw = bytearray(base64.b64decode(headers["webhook-signature"][3:]))
        raw[0] ^= 1
        headers["webhook-signature"] = "v1," + base64.b64encode(bytes(raw)).decode()
    else:
        headers = signed(secret=OTHER_SECRET)
    with pytest.raises(InvalidWebhookSignatureError) as caught:
        unwrap(body, headers, secret=SECRET)
    assert type(caught.value) is InvalidWebhookSignatureError
    assert "does not match" in str(caught.value)


@pytest.mark.parametrize(
    "header",
    ["v1", "v1,", "v1,!!!notbase64", "v2,AAAA", "AAAA", "v1a,AAAA", ","],
)
def test_malformed_signature_entries_are_rejected_not_crashing(header: str) -> None:
    with pytest.raises(InvalidWebhookSignatureError) as caught:
        verify(BODY, {**signed(), "webhook-signature": header}, secret=SECRET)
    assert not isinstance(caught.value, MissingWebhookHeaderError)


@pytest.mark.parametrize("value", ["soon", "1.5", "-5", "+1719168000", "0171916800", "1_000"])
def test_malformed_timestamp(value: str) -> None:
    with pytest.raises(InvalidWebhookSignatureError, match="webhook-timestamp"):
        verify(BODY, {**signed(), "webhook-timestamp": value}, secret=SECRET)


def test_timestamp_too_old_gives_the_skew() -> None:
    headers = signed(timestamp=now() - 1000)
    with pytest.raises(WebhookTimestampTooOldError) as caught:
        verify(BODY, headers, secret=SECRET)
    assert 1000 <= caught.value.skew <= 1100
    assert caught.value.tolerance == 300
    assert f"{caught.value.skew} s in the past" in str(caught.value)
    assert "tolerance is 300 s" in str(caught.value)
    # A wider window accepts the same request.
    verify(BODY, headers, secret=SECRET, tolerance=3600)


def test_timestamp_too_new_gives_the_skew() -> None:
    headers = signed(timestamp=now() + 1000)
    with pytest.raises(WebhookTimestampTooNewError) as caught:
        verify(BODY, headers, secret=SECRET)
    assert -1100 <= caught.value.skew <= -900
    assert f"{-caught.value.skew} s in the future" in str(caught.value)
    verify(BODY, headers, secret=SECRET, tolerance=3600)


def test_timestamp_is_checked_before_the_signature() -> None:
    # A replay of an old, genuinely signed request must say "too old", not "bad signature".
    headers = {**signed(timestamp=now() - 1000), "webhook-signature": "v1,AAAA"}
    with pytest.raises(WebhookTimestampTooOldError):
        verify(BODY, headers, secret=SECRET)


@pytest.mark.parametrize(
    ("secret", "fragment"),
    [
        ("sk-c2VjcmV0", "API key, not a webhook secret"),
        ("ek_c2VjcmV0", "API key, not a webhook secret"),
        ("  ", "empty"),
        ("whsec_", "empty"),
        ("whsec_not base64!", "followed by base64"),
        ("whsec_c2Vj*mV0", "followed by base64"),
    ],
)
def test_malformed_secret(secret: str, fragment: str) -> None:
    with pytest.raises(WebhookConfigError, match=fragment) as caught:
        verify(BODY, signed(), secret=secret)
    assert isinstance(caught.value, ValueError)
    assert not isinstance(caught.value, InvalidWebhookSignatureError)
    assert "c2Vj" not in str(caught.value)


def test_unpadded_secret_is_accepted() -> None:
    unpadded = SECRET.rstrip("=")
    assert unpadded != SECRET
    verify(BODY, signed(), secret=unpadded)


def test_secret_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    verify(BODY, signed())
    assert unwrap(BODY, sign(BODY)).id == "evt_685343a1381c819085d44c354e1b330e"
    # An explicit secret wins over the environment.
    with pytest.raises(InvalidWebhookSignatureError):
        verify(BODY, signed(), secret=OTHER_SECRET)


def test_missing_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    with pytest.raises(WebhookConfigError, match="OPENAI_WEBHOOK_SECRET"):
        verify(BODY, signed())


def test_secret_never_in_messages_or_reprs() -> None:
    key_text = SECRET.removeprefix("whsec_")
    failures: list[BaseException] = []
    attempts: list[Callable[[], object]] = [
        lambda: verify(BODY, signed(secret=OTHER_SECRET), secret=SECRET),
        lambda: verify(BODY, {}, secret=SECRET),
        lambda: verify(BODY, signed(timestamp=now() - 999), secret=SECRET),
        lambda: verify(BODY, signed(), secret=SECRET[:-3] + "*" + SECRET[-2:]),
        lambda: verify(BODY, signed(secret=OTHER_SECRET), secret=key_text),
        lambda: unwrap("nope", signed("nope"), secret=SECRET),
    ]
    for attempt in attempts:
        with pytest.raises((WebhookError, WebhookConfigError)) as caught:
            attempt()
        failures.append(caught.value)
    for exc in failures:
        for text in (str(exc), repr(exc), repr(exc.args)):
            assert key_text[:12] not in text
            assert "whsec_" + key_text[:4] not in text


def test_error_hierarchy() -> None:
    for cls in (
        InvalidWebhookSignatureError,
        MissingWebhookHeaderError,
        WebhookTimestampTooOldError,
        WebhookTimestampTooNewError,
        InvalidWebhookPayloadError,
    ):
        assert issubclass(cls, WebhookError)
        assert issubclass(cls, OpenAIError)
    # A bad secret is this server's fault (500), not the delivery's (400): not a WebhookError.
    assert issubclass(WebhookConfigError, InvalidArgumentError)
    assert not issubclass(WebhookConfigError, WebhookError)


def test_non_utf8_body_is_a_payload_error() -> None:
    with pytest.raises(InvalidWebhookPayloadError, match="UTF-8"):
        verify(b"\xff\xfe", signed(), secret=SECRET)


@pytest.mark.parametrize("tolerance", [-1, 1.5, True, "300"])
def test_bad_tolerance(tolerance: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="tolerance"):
        verify(BODY, signed(), secret=SECRET, tolerance=tolerance)


def test_sign_defaults_and_datetime_timestamp() -> None:
    headers = sign(BODY, SECRET)
    assert headers["webhook-id"].startswith("msg_")
    assert abs(int(headers["webhook-timestamp"]) - now()) <= 5
    assert sign(BODY, SECRET)["webhook-id"] != headers["webhook-id"]
    when = datetime(2024, 6, 23, 18, 40, tzinfo=UTC)
    assert sign(BODY, SECRET, msg_id="m", timestamp=when)["webhook-timestamp"] == "1719168000"
    with pytest.raises(InvalidArgumentError, match="timezone-aware"):
        sign(BODY, SECRET, timestamp=datetime(2024, 6, 23))

"""A webhook server's own misconfiguration is not a bad delivery (issue 38): a missing or
unusable secret raises WebhookConfigError, which ``except WebhookError`` (the 400 branch)
does not catch; the dashboard's secret stored without its ``whsec_`` prefix verifies."""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime

import openai
import pytest
from hypothesis import given
from hypothesis import strategies as st
from standardwebhooks import Webhook

from realtime_ext import RealtimeClient, WebhookConfigError, WebhookError
from realtime_ext.webhooks import sign, unwrap, verify

from ._data import OTHER_SECRET, SECRET, call_incoming_json

BODY = call_incoming_json()


def status_for(secret: str | None) -> int:
    """What the docs' handler pattern answers: 400 for WebhookError, 500 for config."""
    try:
        unwrap(BODY, sign(BODY, SECRET), secret=secret)
    except WebhookError:
        return 400
    except WebhookConfigError:
        return 500
    return 200


def test_a_missing_secret_is_a_config_error_not_a_bad_delivery(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    assert status_for(None) == 500
    with pytest.raises(WebhookConfigError) as caught:
        verify(BODY, sign(BODY, SECRET))
    message = str(caught.value)
    assert "OPENAI_WEBHOOK_SECRET" in message and "whsec_" in message and "base64" in message
    with pytest.raises(WebhookConfigError):
        RealtimeClient(api_key="sk-test-0123456789").webhooks.unwrap(BODY, sign(BODY, SECRET))


@pytest.mark.parametrize(
    "secret",
    ["", "   ", "whsec_", "whsec_not base64!", "sk-proj-abcdefgh", "ek_abcdefgh", "raw-key-\ud800"],
)
def test_an_unusable_secret_is_a_config_error(secret: str) -> None:
    assert status_for(secret) == 500
    with pytest.raises(WebhookConfigError) as caught:
        verify(BODY, sign(BODY, SECRET), secret=secret)
    assert "whsec_" in str(caught.value)  # names the expected form
    if len(secret.strip()) > 6:
        assert secret not in str(caught.value)  # never the value


def test_the_dashboard_secret_without_its_prefix_verifies() -> None:
    bare = SECRET.removeprefix("whsec_")
    assert status_for(bare) == 200
    assert status_for(bare.rstrip("=")) == 200  # and unpadded
    # Still a real check: a delivery signed with another key is refused.
    with pytest.raises(WebhookError):
        verify(BODY, sign(BODY, OTHER_SECRET), secret=bare)


def test_a_raw_text_secret_stays_compatible_with_openai() -> None:
    # openai uses a secret without the prefix as raw text; what it accepts, we accept.
    raw = "my-raw-webhook-key"
    when = datetime.fromtimestamp(int(time.time()), tz=UTC)  # one second for all three
    signed = Webhook(raw.encode()).sign("msg_1", when, BODY)
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": signed,
    }
    openai.OpenAI(api_key="sk-test", webhook_secret=raw).webhooks.verify_signature(BODY, headers)
    verify(BODY, headers, secret=raw)
    assert sign(BODY, raw, msg_id="msg_1", timestamp=when)["webhook-signature"] == signed


@given(key=st.binary(min_size=1, max_size=64))
def test_any_key_stored_bare_or_prefixed_verifies(key: bytes) -> None:
    encoded = base64.b64encode(key).decode()
    headers = sign(BODY, "whsec_" + encoded)
    verify(BODY, headers, secret="whsec_" + encoded)
    verify(BODY, headers, secret=encoded)

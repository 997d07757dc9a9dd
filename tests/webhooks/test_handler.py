"""The example SIP webhook handler (realtime_ext/examples/sip_webhook_handler.py).

Run against a fake client.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from realtime_ext import NotFoundError, OpenAIError
from realtime_ext.examples.sip_webhook_handler import DEFAULT_SESSION, make_app
from realtime_ext.session import realtime_session
from realtime_ext.webhooks import WebhookConfigError, sign

from ._data import CALL_ID, OTHER_SECRET, SECRET, call_incoming_json, now
from ._wsgi import call_app, serve

BLOCKED = "sip:+14155550123@example.com"


class FakeCalls:
    def __init__(self, fail: OpenAIError | None = None) -> None:
        self.actions: list[tuple[str, str, Any]] = []
        self.fail = fail

    def _record(self, action: str, call_id: str, arg: Any) -> None:
        if self.fail is not None:
            raise self.fail
        self.actions.append((action, call_id, arg))

    def accept(self, call_id: str, *, session: Mapping[str, Any]) -> None:
        self._record("accept", call_id, dict(session))

    def reject(self, call_id: str, *, status_code: int) -> None:
        self._record("reject", call_id, status_code)

    def refer(self, call_id: str, *, target_uri: str) -> None:
        self._record("refer", call_id, target_uri)


class FakeClient:
    def __init__(self, fail: OpenAIError | None = None) -> None:
        self.calls = FakeCalls(fail)


def signed_call(**kwargs: Any) -> tuple[str, dict[str, str]]:
    body = call_incoming_json(**kwargs)
    return body, sign(body, SECRET)


def test_accepts_with_the_session() -> None:
    client = FakeClient()
    session = realtime_session(model="gpt-realtime", instructions="Hi")
    app = make_app(client, SECRET, session=session)
    result = call_app(app, *signed_call())
    assert result.status == 200
    assert result.json() == {"call_id": CALL_ID, "action": "accepted"}
    assert client.calls.actions == [("accept", CALL_ID, session)]


def test_default_session_is_a_realtime_session() -> None:
    client = FakeClient()
    call_app(make_app(client, SECRET), *signed_call())
    assert client.calls.actions == [("accept", CALL_ID, DEFAULT_SESSION)]
    assert DEFAULT_SESSION["type"] == "realtime"


def test_rejects_blocked_caller_with_486() -> None:
    client = FakeClient()
    app = make_app(client, SECRET, blocked_callers=[BLOCKED])
    result = call_app(app, *signed_call())
    assert result.status == 200
    assert result.json()["action"] == "rejected"
    assert client.calls.actions == [("reject", CALL_ID, 486)]


def test_refers_when_callee_matches() -> None:
    client = FakeClient()
    app = make_app(client, SECRET, refer_rules={r"^sip:\+1800": "tel:+14155550100"})
    result = call_app(app, *signed_call())
    assert result.json() == {
        "call_id": CALL_ID,
        "action": "referred",
        "target_uri": "tel:+14155550100",
    }
    assert client.calls.actions == [("refer", CALL_ID, "tel:+14155550100")]


def test_non_matching_rule_and_other_caller_accept() -> None:
    client = FakeClient()
    app = make_app(
        client, SECRET, blocked_callers=["sip:someone@else"], refer_rules={"^tel:": "tel:+1"}
    )
    call_app(app, *signed_call())
    assert [a[0] for a in client.calls.actions] == ["accept"]


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        ("wrong-secret", "does not match"),
        ("no-id", "'webhook-id'"),
        ("old", "too old"),
        ("body", "does not match"),
        ("huge-timestamp", "not a Unix timestamp"),  # issue 23 #3: it answered 500
        ("deep-body", "not valid JSON"),
    ],
)
def test_bad_signature_is_400_with_a_reason(tamper: str, reason: str) -> None:
    client = FakeClient()
    body, headers = signed_call()
    if tamper == "wrong-secret":
        headers = sign(body, OTHER_SECRET)
    elif tamper == "no-id":
        del headers["webhook-id"]
    elif tamper == "old":
        headers = sign(body, SECRET, timestamp=now() - 3600)
    elif tamper == "huge-timestamp":
        headers["webhook-timestamp"] = "9" * 5000
    elif tamper == "deep-body":
        body = '{"type": "realtime.call.incoming", "data": ' + "[" * 100_000 + "]" * 100_000 + "}"
        headers = sign(body, SECRET)
    else:
        body = body.replace("Alice", "Mallory")
    result = call_app(make_app(client, SECRET), body, headers)
    assert result.status == 400
    error = result.json()["error"]
    assert reason in error
    assert "\n" not in error
    assert SECRET.removeprefix("whsec_")[:8] not in result.body.decode()
    assert client.calls.actions == []


def test_verified_but_malformed_body_is_400() -> None:
    body = json.dumps({"type": "realtime.call.incoming", "id": "evt_1", "created_at": 1})
    result = call_app(make_app(FakeClient(), SECRET), body, sign(body, SECRET))
    assert result.status == 400
    assert "data" in result.json()["error"]


def test_other_event_types_are_acknowledged_and_ignored() -> None:
    client = FakeClient()
    body = json.dumps({"type": "batch.completed", "id": "evt_1", "created_at": 1, "data": {}})
    result = call_app(make_app(client, SECRET), body, sign(body, SECRET))
    assert (result.status, result.json()) == (200, {"ignored": "batch.completed"})
    assert client.calls.actions == []


def test_call_action_failure_is_502() -> None:
    failure = NotFoundError(
        "Call not found", response=httpx.Response(404, request=httpx.Request("POST", "http://x"))
    )
    result = call_app(make_app(FakeClient(failure), SECRET), *signed_call())
    assert result.status == 502
    assert "Call not found" in result.json()["error"]


def test_misconfigured_secret_is_500_and_says_nothing() -> None:
    bad = "whsec_***"
    result = call_app(make_app(FakeClient(), bad), *signed_call())
    assert result.status == 500
    assert result.json() == {"error": "server misconfigured"}
    assert "whsec_" in result.errors and "***" not in result.errors


def test_missing_secret_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    with pytest.raises(WebhookConfigError, match="OPENAI_WEBHOOK_SECRET"):
        make_app(FakeClient(), None)
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    assert call_app(make_app(FakeClient(), None), *signed_call()).status == 200


def test_get_is_405_and_huge_body_is_413() -> None:
    app = make_app(FakeClient(), SECRET)
    assert call_app(app, b"", {}, method="GET").status == 405
    huge = b"x" * ((1 << 20) + 1)
    assert call_app(app, huge, sign(huge, SECRET)).status == 413


def test_served_over_http_on_loopback() -> None:
    client = FakeClient()
    with serve(make_app(client, SECRET)) as url:
        body, headers = signed_call()
        ok = httpx.post(url, content=body, headers=headers)
        bad = httpx.post(url, content=body, headers={**headers, "webhook-signature": "v1,AAAA"})
    assert ok.status_code == 200, ok.text
    assert bad.status_code == 400
    assert client.calls.actions[0][:2] == ("accept", CALL_ID)

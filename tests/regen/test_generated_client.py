"""The generated client as an SDK author meets it: errors raise with everything needed to act
on them, an injected httpx client keeps authenticating, per-call headers and timeout, and
with_headers leaves the original alone. Each operation's request is one pure function.

All traffic goes to an ``httpx.MockTransport``: nothing leaves the process.
"""

from __future__ import annotations

import json

import httpx
import pytest

from realtime_generated import AuthenticatedClient, errors
from realtime_generated.api.realtime import (
    create_realtime_call,
    create_realtime_client_secret,
    hangup_realtime_call,
    refer_realtime_call,
)
from realtime_generated.client import BearerAuth
from realtime_generated.models import RealtimeCallCreateRequest, RealtimeCallReferRequest
from realtime_generated.types import File

TOKEN = "sk-test-generated-client-0123456789"
ERROR = {
    "error": {
        "message": "Incorrect API key provided.",
        "type": "invalid_request_error",
        "code": "invalid_api_key",
        "param": None,
    }
}


class Recorder:
    """A MockTransport handler that records requests and answers with a fixed response."""

    def __init__(
        self, status: int = 200, body: object = None, headers: dict[str, str] | None = None
    ):
        self.requests: list[httpx.Request] = []
        self.status, self.body, self.headers = status, body, headers or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        content = b"" if self.body is None else json.dumps(self.body).encode()
        return httpx.Response(self.status, content=content, headers=self.headers)


def _client(handler: Recorder, **kwargs: object) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url="https://api.test/v1", token=TOKEN, **kwargs)  # type: ignore[arg-type]
    return client.set_httpx_client(
        httpx.Client(base_url="https://api.test/v1", transport=httpx.MockTransport(handler))
    )


def test_an_error_status_raises_a_typed_error_with_status_headers_request_id_and_body() -> None:
    handler = Recorder(401, ERROR, {"x-request-id": "req_123", "retry-after": "2"})
    with pytest.raises(errors.UnexpectedStatus) as caught:
        hangup_realtime_call.sync("rtc_1", client=_client(handler))
    exc = caught.value
    assert exc.status_code == 401
    assert exc.request_id == "req_123"
    assert exc.headers["Retry-After"] == "2"
    assert exc.body == ERROR
    assert (exc.message, exc.error_type, exc.error_code, exc.param) == (
        "Incorrect API key provided.",
        "invalid_request_error",
        "invalid_api_key",
        None,
    )
    assert "401" in str(exc) and "req_123" in str(exc)
    assert TOKEN not in str(exc) and TOKEN not in repr(exc)
    # The detailed call raises too (raising is the default for every callable).
    with pytest.raises(errors.UnexpectedStatus):
        hangup_realtime_call.sync_detailed("rtc_1", client=_client(handler))


def test_a_non_json_error_body_still_raises_with_its_text() -> None:
    handler = Recorder(502, None)
    handler.body = None
    with pytest.raises(errors.UnexpectedStatus) as caught:
        create_realtime_client_secret.sync(client=_client(handler), body=_secret_body())
    assert caught.value.status_code == 502 and caught.value.body is None
    assert caught.value.message is None and caught.value.request_id is None


def _secret_body():  # type: ignore[no-untyped-def]
    from realtime_generated.models import RealtimeCreateClientSecretRequest

    return RealtimeCreateClientSecretRequest.from_dict({})


def test_the_opt_out_returns_the_detailed_response() -> None:
    handler = Recorder(401, ERROR, {"x-request-id": "req_9"})
    client = _client(handler, raise_on_unexpected_status=False)
    response = hangup_realtime_call.sync_detailed("rtc_1", client=client)
    assert response.status_code == 401 and response.parsed is None
    assert response.headers["x-request-id"] == "req_9"
    assert json.loads(response.content) == ERROR


def test_an_injected_sync_client_keeps_the_bearer_token() -> None:
    handler = Recorder()
    hangup_realtime_call.sync("rtc_1", client=_client(handler))
    assert handler.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert str(handler.requests[0].url) == "https://api.test/v1/realtime/calls/rtc_1/hangup"


async def test_an_injected_async_client_keeps_the_bearer_token() -> None:
    handler = Recorder()
    client = AuthenticatedClient(base_url="https://api.test/v1", token=TOKEN)
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="https://api.test/v1", transport=httpx.MockTransport(handler))
    )
    await hangup_realtime_call.asyncio("rtc_1", client=client, extra_headers={"X-Trace": "1"})
    sent = handler.requests[0]
    assert sent.headers["Authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["X-Trace"] == "1"


def test_the_token_is_never_on_the_httpx_client_nor_in_a_repr() -> None:
    client = AuthenticatedClient(base_url="https://api.test/v1", token=TOKEN)
    assert TOKEN not in repr(client)
    assert "Authorization" not in client.get_httpx_client().headers
    assert TOKEN not in repr(client.request_kwargs({"method": "get", "url": "/x"}))


def test_with_headers_returns_a_new_client_and_leaves_the_original_alone() -> None:
    handler = Recorder()
    original = _client(handler, headers={"OpenAI-Beta": "a"})
    tagged = original.with_headers({"X-Tag": "t"})
    assert tagged is not original
    hangup_realtime_call.sync("rtc_1", client=original)
    hangup_realtime_call.sync("rtc_1", client=tagged)
    first, second = handler.requests
    assert "X-Tag" not in first.headers and first.headers["OpenAI-Beta"] == "a"
    assert second.headers["X-Tag"] == "t" and second.headers["OpenAI-Beta"] == "a"
    # Both still authenticate, through the one injected httpx client.
    assert first.headers["Authorization"] == second.headers["Authorization"] == f"Bearer {TOKEN}"
    # An own (not injected) httpx client is not mutated either.
    own = AuthenticatedClient(base_url="https://api.test/v1", token=TOKEN, headers={"A": "1"})
    before = dict(own.get_httpx_client().headers)
    own.with_headers({"B": "2"})
    assert dict(own.get_httpx_client().headers) == before


def test_per_call_headers_and_timeout_reach_the_request() -> None:
    handler = Recorder()
    client = _client(handler)
    hangup_realtime_call.sync("rtc_1", client=client, extra_headers={"X-Call": "1"}, timeout=3.5)
    sent = handler.requests[0]
    assert sent.headers["X-Call"] == "1"
    assert sent.extensions["timeout"] == httpx.Timeout(3.5).as_dict()


def test_bearer_auth_is_an_httpx_auth_for_sync_and_async_clients() -> None:
    auth = AuthenticatedClient(base_url="https://api.test/v1", token=TOKEN)._auth()
    assert isinstance(auth, BearerAuth) and isinstance(auth, httpx.Auth)
    assert TOKEN not in repr(auth)
    handler = Recorder()
    with httpx.Client(transport=httpx.MockTransport(handler)) as plain:
        plain.get("https://api.test/v1/x", auth=auth)
    assert handler.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_the_client_timeout_reaches_an_injected_client() -> None:
    handler = Recorder()
    client = _client(handler, timeout=httpx.Timeout(7.0))
    hangup_realtime_call.sync("rtc_1", client=client)
    hangup_realtime_call.sync("rtc_1", client=client.with_timeout(httpx.Timeout(2.0)))
    hangup_realtime_call.sync("rtc_1", client=client, timeout=1.5)  # per call wins
    sent = [request.extensions["timeout"] for request in handler.requests]
    assert sent == [httpx.Timeout(t).as_dict() for t in (7.0, 2.0, 1.5)]


async def test_the_client_timeout_reaches_an_injected_async_client() -> None:
    handler = Recorder()
    client = AuthenticatedClient(base_url="https://api.test/v1", token=TOKEN)
    client = client.with_timeout(httpx.Timeout(4.0))
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="https://api.test/v1", transport=httpx.MockTransport(handler))
    )
    await hangup_realtime_call.asyncio("rtc_1", client=client)
    assert handler.requests[0].extensions["timeout"] == httpx.Timeout(4.0).as_dict()


def test_cookies_and_an_injected_client_raise_instead_of_being_dropped() -> None:
    injected = httpx.Client(transport=httpx.MockTransport(Recorder()))
    with_cookies = AuthenticatedClient(
        base_url="https://api.test/v1", token=TOKEN, cookies={"session": "s"}
    )
    with pytest.raises(ValueError, match="injected httpx client"):
        with_cookies.set_httpx_client(injected)
    with pytest.raises(ValueError, match="injected httpx client"):
        with_cookies.set_async_httpx_client(httpx.AsyncClient())
    with pytest.raises(ValueError, match="injected httpx client"):
        _client(Recorder()).with_cookies({"session": "s"})
    # Without an injected client, cookies still go to the client's own httpx client.
    assert with_cookies.get_httpx_client().cookies["session"] == "s"


def test_each_operation_builds_its_request_in_one_pure_function() -> None:
    args = hangup_realtime_call.request_args("rtc/../1")
    assert args == {"method": "POST", "url": "/realtime/calls/rtc%2F..%2F1/hangup"}
    body = RealtimeCallReferRequest(target_uri="tel:+14155550123")
    refer = refer_realtime_call.request_args("rtc_1", body=body)
    assert refer["url"] == "/realtime/calls/rtc_1/refer"
    assert refer["json"] == {"target_uri": "tel:+14155550123"}
    assert refer["headers"]["Content-Type"] == "application/json"


def test_each_operation_states_its_route_and_body_framing_without_a_request() -> None:
    # What realtime_ext reads to send an operation through its own transport: no request
    # is built (no dummy body), and request_args is made from the same constants.
    route = (hangup_realtime_call.METHOD, hangup_realtime_call.PATH)
    assert route == ("POST", "/realtime/calls/{call_id}/hangup")
    assert hangup_realtime_call.path("rtc/../1") == "/realtime/calls/rtc%2F..%2F1/hangup"
    assert not hangup_realtime_call.BODY_CONTENT_TYPES
    refer_types = refer_realtime_call.BODY_CONTENT_TYPES
    assert refer_types == {RealtimeCallReferRequest: "application/json"}
    assert create_realtime_call.path() == "/realtime/calls"
    create_types = create_realtime_call.BODY_CONTENT_TYPES
    assert create_types == {
        RealtimeCallCreateRequest: "multipart/form-data",
        File: "application/sdp",
    }

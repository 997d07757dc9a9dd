"""The security review of the ASGI endpoints (issue 55 item 7), each finding reproduced:

- a repeated ``webhook-id`` (or ``webhook-timestamp``) header got a captured delivery past
  duplicate detection (the signature check read the first, the duplicate check joined them);
- the token endpoint handed the server's whole session to the page (its instructions, and an
  MCP tool's ``authorization`` and ``headers``);
- a ``Content-Length`` of ``"²"`` passed ``str.isdigit()`` and raised ``ValueError``;
- ``Access-Control-Allow-Credentials`` was never sent, so a cookie sign-in from another
  allowed origin could not read its key.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient
from realtime_ext.asgi import token_endpoint, webhook_endpoint
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webhooks import sign
from tests.asgi._serve import served
from tests.webhooks._data import SECRET, call_incoming_json

ORIGIN = "https://app.example.com"
OTHER_ORIGIN = "https://admin.example.com"
PAGE = {"Origin": ORIGIN, "Host": "app.example.com"}
KEY = "sk-asgi-security-0123456789abcdef"
MCP_TOKEN = "mcp-bearer-token-do-not-leak-0123"
MCP_HEADER = "mcp-header-value-do-not-leak-0123"
SESSION = {
    "type": "realtime",
    "model": "gpt-realtime",
    "instructions": "Internal: the discount code is SERVER-ONLY.",
    "tools": [
        {
            "type": "mcp",
            "server_label": "crm",
            "server_url": "https://mcp.example.com/sse",
            "authorization": MCP_TOKEN,
            "headers": {"X-Api-Key": MCP_HEADER},
        }
    ],
}


# -- a repeated webhook-id --------------------------------------------------------------------
async def _post(app: Any, body: str, headers: list[tuple[str, str]]) -> tuple[int, Any]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hooks") as http:
        response = await http.post("/", content=body, headers=headers)
    return response.status_code, response.json()


@pytest.mark.parametrize("extra", ["webhook-id", "webhook-timestamp"])
def test_a_captured_delivery_with_a_repeated_header_is_400_not_handled_again(
    extra: str,
) -> None:
    handled: list[object] = []

    async def handler(event: object) -> None:
        handled.append(event)

    app = webhook_endpoint(handler, secret=SECRET)
    body = call_incoming_json(call_id="rtc_replayed")
    headers = list(sign(body, SECRET).items())

    async def replay() -> list[tuple[int, Any]]:
        answers = [await _post(app, body, headers)]
        # The attacker's copy: the same signed delivery, one more header each time.
        for n in range(3):
            answers.append(await _post(app, body, [*headers, (extra, f"x{n}")]))
        return answers

    answers = asyncio.run(replay())
    assert answers[0][0] == 200
    assert [status for status, _ in answers[1:]] == [400, 400, 400]
    assert all(f"repeated {extra} header" in payload["error"] for _, payload in answers[1:])
    assert len(handled) == 1


def test_the_duplicate_key_is_the_verified_webhook_id() -> None:
    # Two signatures in one webhook-signature header (a key rotation) stay one delivery.
    handled: list[object] = []

    async def handler(event: object) -> None:
        handled.append(event)

    app = webhook_endpoint(handler, secret=SECRET)
    body = call_incoming_json(call_id="rtc_rotated")
    headers = sign(body, SECRET, msg_id="msg_rotated")
    rotated = {**headers, "webhook-signature": "v1,AAAA " + headers["webhook-signature"]}

    async def twice() -> list[tuple[int, Any]]:
        return [
            await _post(app, body, list(headers.items())),
            await _post(app, body, list(rotated.items())),
        ]

    first, second = asyncio.run(twice())
    assert first[0] == second[0] == 200
    assert second[1]["duplicate"] is True and len(handled) == 1


# -- the token endpoint's answer ----------------------------------------------------------------
@pytest.fixture
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


def _mint(fake: FakeRealtimeServer, **kwargs: Any) -> httpx.Response:
    client = AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url)
    app = token_endpoint(SESSION, allowed_origins=[ORIGIN], client=client, **kwargs)
    with served(app) as url:
        return httpx.post(url + "/", headers=PAGE, timeout=30)


def test_the_page_gets_the_key_and_its_expiry_not_the_servers_session(
    fake: FakeRealtimeServer,
) -> None:
    response = _mint(fake)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"value", "expires_at"}
    assert body["value"].startswith("ek_") and isinstance(body["expires_at"], int)
    for secret in ("SERVER-ONLY", MCP_TOKEN, MCP_HEADER, "mcp.example.com"):
        assert secret not in response.text
    # The API was asked for the whole session: the key carries it, the page does not.
    assert fake.rest.secrets[body["value"]]["instructions"] == SESSION["instructions"]


def test_an_opted_in_session_never_carries_tool_credentials(fake: FakeRealtimeServer) -> None:
    response = _mint(fake, answer_session=True)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["session"]["instructions"] == SESSION["instructions"]  # the app opted in
    (tool,) = body["session"]["tools"]
    assert tool["server_label"] == "crm"
    assert "authorization" not in tool and "headers" not in tool
    assert MCP_TOKEN not in response.text and MCP_HEADER not in response.text


# -- Content-Length ------------------------------------------------------------------------------
def _scope(headers: list[tuple[bytes, bytes]]) -> Any:
    return {"type": "http", "method": "POST", "path": "/", "query_string": b"", "headers": headers}


async def _call(app: Any, scope: Any) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []
    messages = [{"type": "http.request", "body": b"{}"}]

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent.append(dict(message))

    await app(scope, receive, send)
    return sent


@pytest.mark.parametrize(
    "length",
    ["²".encode("latin-1"), "¹".encode("latin-1"), b"1" * 5000, b"2, 2", b" "],
    ids=["superscript-two", "superscript-one", "5000-digits", "two-values", "blank"],
)
@pytest.mark.parametrize("endpoint", ["token", "webhook"])
def test_a_malformed_content_length_is_400_or_413(length: bytes, endpoint: str) -> None:
    client = AsyncRealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9")
    app: Any = (
        token_endpoint({"type": "realtime"}, allowed_origins=[ORIGIN], client=client)
        if endpoint == "token"
        else webhook_endpoint(lambda event: asyncio.sleep(0), secret=SECRET)
    )
    headers = [(b"host", b"app.example.com"), (b"origin", ORIGIN.encode())]
    sent = asyncio.run(_call(app, _scope([*headers, (b"content-length", length)])))
    assert sent[0]["status"] in (400, 413)


# -- credentialed CORS ---------------------------------------------------------------------------
def _headers_of(sent: list[dict[str, Any]]) -> dict[bytes, bytes]:
    return dict(sent[0]["headers"])


def test_credentialed_cors_is_allowed_for_the_named_origins_only() -> None:
    client = AsyncRealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9")
    app = token_endpoint(
        {"type": "realtime"},
        allowed_origins=[ORIGIN, OTHER_ORIGIN],
        allowed_hosts=["app.example.com"],
        client=client,
    )

    def asked(method: str, origin: str) -> dict[bytes, bytes]:
        scope = _scope([(b"host", b"app.example.com"), (b"origin", origin.encode())])
        scope["method"] = method
        return _headers_of(asyncio.run(_call(app, scope)))

    preflight = asked("OPTIONS", OTHER_ORIGIN)
    assert preflight[b"access-control-allow-origin"] == OTHER_ORIGIN.encode()
    assert preflight[b"access-control-allow-credentials"] == b"true"
    # The POST's answer too (here a 502: no API behind this client), or the page cannot read it.
    answer = asked("POST", OTHER_ORIGIN)
    assert answer[b"access-control-allow-credentials"] == b"true"
    assert answer[b"access-control-allow-origin"] == OTHER_ORIGIN.encode()
    # Never to a page of another site, and never with a wildcard.
    refused = asked("POST", "https://evil.example")
    assert b"access-control-allow-credentials" not in refused
    assert b"access-control-allow-origin" not in refused
    assert json.loads(asyncio.run(_call(app, _scope([])))[1]["body"])["error"]


def test_a_wildcard_origin_cannot_be_named() -> None:
    from realtime_ext import InvalidArgumentError

    client = AsyncRealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(InvalidArgumentError):
        token_endpoint({"type": "realtime"}, allowed_origins=["*"], client=client)

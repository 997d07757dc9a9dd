"""Each Twilio stream must carry Twilio's ``X-Twilio-Signature`` (as Twilio asks of every
Media Streams server): a stream URL is public, and an unchecked one would let anyone open a
conversation on the app's API key. A stream not signed for its URL with the account's auth
token is refused (403) before anything is opened; the token stays out of every log,
message and repr."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError
from realtime_ext.session import realtime_session
from realtime_ext.telephony import TwilioEndpoint, twilio_endpoint, twilio_signature
from realtime_ext.testing import FakeRealtimeServer, FakeTwilioCall, ManualClock
from tests.asgi._serve import served

from .conftest import TOKEN

SESSION = realtime_session(model="gpt-realtime")
CLIENT = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1")


def test_the_signature_is_twilios_hmac_sha1() -> None:
    # Twilio's documented example: the URL, then each POST parameter sorted by name.
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+12349013030",
        "Digits": "1234",
        "From": "+12349013030",
        "To": "+18005551212",
    }
    signed = url + "".join(name + params[name] for name in sorted(params))
    assert twilio_signature("12345", signed) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def _endpoint(**kwargs: Any) -> TwilioEndpoint:
    app = twilio_endpoint(CLIENT, session=SESSION, **kwargs)
    assert isinstance(app, TwilioEndpoint)
    return app


async def _upgrade(app: TwilioEndpoint, headers: list[tuple[bytes, bytes]], **scope: Any) -> str:
    """The app's answer to a WebSocket upgrade: ``accept`` or ``close`` (before accepting,
    which a server answers 403)."""
    sent: list[dict[str, Any]] = []
    messages = [{"type": "websocket.connect"}, {"type": "websocket.disconnect", "code": 1000}]

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: Any) -> None:
        sent.append(dict(message))

    full = {"type": "websocket", "path": "/media", "query_string": b"", "headers": headers}
    await app(full | scope, receive, send)
    return str(sent[0]["type"]).removeprefix("websocket.")


def _signed(url: str, token: str = TOKEN) -> list[tuple[bytes, bytes]]:
    return [(b"host", b"agent.example.com"), (b"x-twilio-signature", _sig(url, token))]


def _sig(url: str, token: str = TOKEN) -> bytes:
    return twilio_signature(token, url).encode()


@pytest.mark.parametrize(
    ("headers", "query", "answer"),
    [
        (_signed("wss://agent.example.com/media"), b"", "accept"),
        (_signed("wss://agent.example.com:443/media"), b"", "accept"),  # Twilio's port variant
        (_signed("wss://agent.example.com/media?call=7"), b"call=7", "accept"),
        ([(b"host", b"agent.example.com")], b"", "close"),  # unsigned
        (_signed("wss://agent.example.com/media", "another-token"), b"", "close"),
        (_signed("wss://agent.example.com/other"), b"", "close"),  # signed for another path
        (_signed("wss://agent.example.com/media"), b"call=7", "close"),  # the query was changed
        (_signed("ws://agent.example.com/media"), b"", "close"),  # Twilio calls wss:// only
        ([(b"host", b"agent.example.com"), (b"x-twilio-signature", b"\xff\x00")], b"", "close"),
    ],
)
async def test_a_stream_is_accepted_only_when_twilio_signed_its_url(
    headers: list[tuple[bytes, bytes]], query: bytes, answer: str
) -> None:
    assert await _upgrade(_endpoint(), headers, query_string=query) == answer


async def test_public_url_is_the_url_twilio_signs_behind_a_proxy() -> None:
    # A proxy that rewrites the host and strips a prefix: the app sees neither as Twilio did.
    public = "wss://agent.example.com/twilio/media"
    app = _endpoint(public_url=public)
    inside = [(b"host", b"10.0.0.7:8000"), (b"x-twilio-signature", _sig(public + "?n=1"))]
    assert await _upgrade(app, inside, query_string=b"n=1") == "accept"
    assert await _upgrade(_endpoint(), inside, query_string=b"n=1") == "close"


async def test_a_refused_stream_opens_nothing_and_logs_no_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with FakeRealtimeServer() as server:
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            app = twilio_endpoint(client, session=SESSION, clock=ManualClock())
            forged = twilio_signature("a-guess", "wss://bridge.invalid/secret-path")
            with (
                caplog.at_level(logging.DEBUG),
                pytest.raises(InvalidArgumentError, match="refused the stream"),
            ):
                await FakeTwilioCall(app, auth_token="a-guess", path="/secret-path").connect()
        assert server.connections == []  # no conversation was opened, nothing billed
    assert "refused (403)" in caplog.text
    for secret in (TOKEN, forged, "secret-path"):
        assert secret not in caplog.text and secret not in repr(app)


async def test_a_served_bridge_answers_an_unsigned_upgrade_403() -> None:
    with FakeRealtimeServer() as server:
        client = AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url)
        app = twilio_endpoint(client, session=SESSION)
        with served(app) as url:
            ws_url = url.replace("http://", "ws://") + "/"
            with pytest.raises(InvalidStatus) as refused:
                async with connect(ws_url):
                    pass
            assert refused.value.response.status_code == 403
            # Signed by Twilio for that URL (as wss://, Twilio's scheme): accepted.
            host = ws_url.removeprefix("ws://")
            signature = twilio_signature(TOKEN, f"wss://{host}")
            async with connect(ws_url, additional_headers={"X-Twilio-Signature": signature}):
                pass
        assert server.connections == []  # the upgrades alone open no conversation
        await client.close()


def test_without_a_token_the_app_does_not_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    with pytest.raises(InvalidArgumentError, match="TWILIO_AUTH_TOKEN"):
        twilio_endpoint(CLIENT, session=SESSION)
    assert _endpoint(auth_token="given") is not None
    assert _endpoint(allow_unsigned=True) is not None  # for local tests, said so


async def test_allow_unsigned_takes_any_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    app = _endpoint(allow_unsigned=True)
    assert await _upgrade(app, [(b"host", b"agent.example.com")]) == "accept"


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"auth_token": "t", "allow_unsigned": True}, "contradict"),
        ({"auth_token": ""}, "auth_token must be"),
        ({"auth_token": b"t"}, "auth_token must be"),
        ({"allow_unsigned": 1}, "allow_unsigned must be"),
        ({"public_url": "https://agent.example.com/media"}, "public_url must be"),
        ({"public_url": "wss://agent.example.com/media?x=1"}, "public_url must be"),
        ({"public_url": "wss:///media"}, "public_url must be"),
        ({"public_url": 7}, "public_url must be"),
    ],
)
def test_bad_signing_arguments_are_refused_at_startup(kwargs: dict[str, Any], says: str) -> None:
    with pytest.raises(InvalidArgumentError, match=says):
        twilio_endpoint(CLIENT, session=SESSION, **kwargs)


def test_a_token_that_cannot_sign_is_refused_at_startup_wherever_it_came_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Else every stream's check would raise inside the app instead (an environment holds
    # undecodable bytes as lone surrogates).
    with pytest.raises(InvalidArgumentError, match=r"^auth_token must be text"):
        twilio_endpoint(CLIENT, session=SESSION, auth_token="t\udcff")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "t\udcff")
    with pytest.raises(InvalidArgumentError, match=r"^TWILIO_AUTH_TOKEN must be text"):
        twilio_endpoint(CLIENT, session=SESSION)


@pytest.mark.parametrize(("token", "url"), [("", "wss://a"), ("t", ""), (5, "wss://a")])
def test_twilio_signature_refuses_what_cannot_be_signed(token: Any, url: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        twilio_signature(token, url)


def test_a_lone_surrogate_cannot_be_signed() -> None:
    with pytest.raises(InvalidArgumentError, match="surrogate"):
        twilio_signature("t", "wss://a/\ud800")


def test_a_stream_mounted_in_starlette_is_signed_for_its_full_url() -> None:
    # As the phone guide mounts it: Mount("/twilio/stream") serves the paths below it, so
    # the TwiML URL ends with a slash; the signature is over the full URL Twilio called.
    from starlette.applications import Starlette
    from starlette.routing import Mount
    from starlette.testclient import TestClient
    from starlette.websockets import WebSocketDisconnect

    app = Starlette(routes=[Mount("/twilio/stream", app=_endpoint())])
    signed = {"X-Twilio-Signature": twilio_signature(TOKEN, "wss://testserver/twilio/stream/")}
    with TestClient(app) as client:
        with client.websocket_connect("/twilio/stream/", headers=signed) as ws:
            ws.send_json({"event": "stop"})  # accepted: the call ends at once
        for path, headers in (("/twilio/stream/", {}), ("/twilio/stream", signed)):
            with (
                pytest.raises(WebSocketDisconnect),
                client.websocket_connect(path, headers=headers),
            ):
                pass

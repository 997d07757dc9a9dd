"""No secret anywhere: a full scripted session with every logger at DEBUG, then a scan.

The session covers REST (client secrets, beta sessions, calls), error paths (401, 404, an
error body echoing the key, a refused connection, an answer off the spec), the WebSocket
(sync with the API key, async with an ``ek_`` key, a refused handshake), webhooks and the
CLI. Every repr, str, formatted traceback, log record and CLI output is then searched for
each secret value in use (and for its tail, so a partly masked key is caught too).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import json
import logging
import socket
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, OpenAIError, RealtimeClient
from realtime_ext.cli import main as cli_main
from realtime_ext.connection import aconnect, connect
from realtime_ext.session import realtime_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webhooks import sign, unwrap

API_KEY = "sk-proj-SCANapiKEY0123456789abcdefghijklmnop"
WRONG_KEY = "sk-proj-WRONGkey9876543210zyxwvutsrqpon"
WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"\xfb\xef\xbe scan webhook secret \xff\xfe").decode()
OFFER = (Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp").read_text()
RESPONSE = {"type": "response.create", "response": {"output_modalities": ["text"]}}


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        assert self.formatter is not None
        return [self.formatter.format(r) for r in self.records]


@pytest.fixture
def debug_logs() -> Iterator[_Capture]:
    """Every logger at DEBUG (websockets, httpx, httpcore, asyncio, ours), captured at root."""
    capture = _Capture()
    root = logging.getLogger()
    saved = root.level, {}
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    names = ["websockets", "websockets.client", "httpx", "httpcore", "asyncio", "realtime_ext"]
    names += list(logging.root.manager.loggerDict)
    for name in names:
        logger = logging.getLogger(name)
        saved[1][name] = logger.level
        logger.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)


class _Seen:
    """Everything that could leave the SDK during the session."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def show(self, *objects: Any) -> None:
        for obj in objects:
            self.texts += [repr(obj), str(obj)]

    def failure(self, exc: BaseException) -> None:
        self.show(exc)
        self.texts.append("".join(traceback.format_exception(exc)))
        for attr in ("body", "message", "param", "code"):
            if hasattr(exc, attr):
                self.texts.append(repr(getattr(exc, attr)))

    @contextlib.contextmanager
    def expect_error(self) -> Iterator[None]:
        try:
            yield
        except OpenAIError as exc:
            self.failure(exc)
        else:
            raise AssertionError("the scripted error path did not fail")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rest(server: FakeRealtimeServer, seen: _Seen) -> list[str]:
    minted: list[str] = []
    with RealtimeClient(
        api_key=API_KEY, base_url=server.base_url, webhook_secret=WEBHOOK_SECRET, max_retries=0
    ) as client:
        seen.show(client)
        secret = client.client_secrets.create(session=realtime_session(model="gpt-realtime"))
        minted.append(secret.value)
        seen.show(secret, secret.session, secret.parsed)
        for beta in (
            client.sessions.create(model="gpt-realtime"),
            client.transcription_sessions.create(),
        ):
            seen.show(beta, beta.session, beta.client_secret)
            if beta.client_secret is not None:
                minted.append(beta.client_secret.value)
        answer = client.calls.create(sdp=OFFER, session={"model": "gpt-realtime"})
        seen.show(answer, client.calls.hangup(answer.call_id))
        incoming = server.register_call()
        seen.show(client.calls.accept(incoming.id), client.calls.hangup(incoming.id))
        seen.show(client.calls.reject(server.register_call().id))
        with seen.expect_error():
            client.calls.hangup("rtc_missing")
    with RealtimeClient(api_key=WRONG_KEY, base_url=server.base_url) as wrong, seen.expect_error():
        wrong.client_secrets.create()
    closed = f"http://127.0.0.1:{_closed_port()}/v1"
    with (
        RealtimeClient(api_key=API_KEY, base_url=closed, max_retries=0) as down,
        seen.expect_error(),
    ):
        down.client_secrets.create()
    return minted


def _echoing_server_errors(minted: list[str], seen: _Seen) -> None:
    """Error bodies that echo the key (in message, param and code) and an off-spec answer."""
    echo = {
        "error": {
            "message": f"Incorrect API key provided: {API_KEY}. Also {minted[0]}",
            "type": "invalid_request_error",
            "param": API_KEY,
            "code": minted[0],
        }
    }
    replies = iter([httpx.Response(401, json=echo), httpx.Response(400, json=echo)])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(replies, httpx.Response(200, json={"value": minted[0], "expires_at": "x"}))

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with RealtimeClient(api_key=API_KEY, http_client=http, max_retries=0) as client:
        for _ in range(3):
            with seen.expect_error():
                client.client_secrets.create()

    async def async_path() -> None:
        async def ahandler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(403, json=echo)

        ahttp = httpx.AsyncClient(transport=httpx.MockTransport(ahandler))
        async with AsyncRealtimeClient(api_key=API_KEY, http_client=ahttp, max_retries=0) as client:
            with seen.expect_error():
                await client.calls.hangup("rtc_1")
        await ahttp.aclose()

    asyncio.run(async_path())


def _websockets(server: FakeRealtimeServer, ek: str, seen: _Seen) -> None:
    with connect(api_key=API_KEY, base_url=server.base_url, model="gpt-realtime") as conn:
        seen.show(conn)
        conn.send(RESPONSE)
        seen.show(conn.run_until("response.done", timeout=5))
    with seen.expect_error():
        connect(api_key=WRONG_KEY, base_url=server.base_url, model="gpt-realtime")

    async def main() -> None:
        async with aconnect(api_key=ek, base_url=server.base_url, model="gpt-realtime") as conn:
            seen.show(conn)
            await conn.send(RESPONSE)
            seen.show(await conn.run_until("response.done", timeout=5))
        with seen.expect_error():
            await aconnect(api_key=WRONG_KEY, base_url=server.base_url, model="gpt-realtime")

    asyncio.run(main())


def _webhooks(server: FakeRealtimeServer, seen: _Seen) -> None:
    call = server.register_call()
    body = json.dumps(
        {
            "object": "event",
            "id": "evt_scan",
            "type": "realtime.call.incoming",
            "created_at": 1_700_000_000,
            "data": {"call_id": call.id, "sip_headers": [{"name": "From", "value": "<sip:a@b>"}]},
        }
    )
    headers = sign(body, WEBHOOK_SECRET)
    seen.show(unwrap(body, headers, secret=WEBHOOK_SECRET))
    with seen.expect_error():
        unwrap(body, {**headers, "webhook-signature": "v1,AAAA"}, secret=WEBHOOK_SECRET)
    with seen.expect_error():
        unwrap(body, headers, secret="whsec_" + WEBHOOK_SECRET[6:-4] + "@@@@")


def _cli(server: FakeRealtimeServer, seen: _Seen, tmp_path: Path) -> None:
    offer = tmp_path / "offer.sdp"
    offer.write_text(OFFER)
    runs = [
        ["call", "create", "--sdp", str(offer), "--json"],
        ["call", "hangup", "rtc_missing", "--json"],
    ]
    for args in runs:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            cli_main(
                [args[0], args[1], "--api-key", API_KEY, "--base-url", server.base_url, *args[2:]]
            )
        seen.texts += [out.getvalue(), err.getvalue()]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        cli_main(["secret", "--api-key", WRONG_KEY, "--base-url", server.base_url])
    seen.texts += [out.getvalue(), err.getvalue()]


def _needles(secrets: list[str]) -> list[str]:
    found: list[str] = []
    for secret in secrets:
        found.append(secret)
        found.append(secret[-14:])  # a tail is enough to count as a leak
    return found


def test_no_secret_in_any_repr_str_log_or_output(debug_logs: _Capture, tmp_path: Path) -> None:
    seen = _Seen()

    def accept(key: str) -> bool:
        return key == API_KEY or key.startswith("ek_")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the off-spec answer warns; warnings are scanned below
        with FakeRealtimeServer(accept_key=accept) as server:
            minted = _rest(server, seen)
            _echoing_server_errors(minted, seen)
            _websockets(server, minted[0], seen)
            _webhooks(server, seen)
            _cli(server, seen, tmp_path)

    logs = debug_logs.texts()
    assert any("Authorization" in line for line in logs), "websockets did not log its headers"
    assert any("realtime_ext" in line for line in logs)
    secrets = [API_KEY, WRONG_KEY, WEBHOOK_SECRET, *minted]
    assert len(minted) >= 3
    leaks = [
        (needle[:12] + "...", text[:300])
        for needle in _needles(secrets)
        for text in seen.texts + logs
        if needle in text
    ]
    assert leaks == [], "\n".join(map(str, leaks))

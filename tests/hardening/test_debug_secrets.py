"""No credential in any DEBUG record (issue 77 item 7): every logger at DEBUG (websockets,
httpx, httpcore, the fake's, ours) while a cassette is recorded through the recording proxy
with Azure's ``api-key`` and an Entra token, and while a gateway client (its own key in
``default_headers`` and ``default_query``) runs REST and WebSocket, Realtime and GPT-Live,
against the fake; and none in the repr or str of an exception raised on a 4xx or a 5xx,
its request's headers and URL included."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from realtime_ext import (
    APIStatusError,
    AsyncRealtimeClient,
    AzureRealtimeClient,
    InternalServerError,
    NotFoundError,
    RealtimeClient,
)
from realtime_ext.session import realtime_session
from realtime_ext.testing import AzureMode, FakeRealtimeServer

AZURE_KEY = "azkeyPLANTED0123456789abcdef"
ENTRA = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJwbGFudGVkIn0.entraSIGNATUREplanted"
OPENAI_KEY = "sk-proj-GATEWAYclient0123456789abcdef"
GATEWAY_HEADER = "apimPLANTEDheader0123"
GATEWAY_QUERY = "apimPLANTEDquery4567"
SECRETS = (AZURE_KEY, ENTRA, "entraSIGNATUREplanted", OPENAI_KEY, GATEWAY_HEADER, GATEWAY_QUERY)
HEADERS = {"Ocp-Apim-Subscription-Key": GATEWAY_HEADER, "OpenAI-Beta": "shown"}
QUERY = {"subscription-key": GATEWAY_QUERY}


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        form = logging.Formatter("%(name)s %(message)s")
        return [form.format(record) for record in self.records]


@pytest.fixture
def debug_logs() -> Iterator[_Capture]:
    """Every logger at DEBUG, captured at the root."""
    capture = _Capture()
    root = logging.getLogger()
    saved = {"": root.level}
    root.addHandler(capture)
    names = ["websockets", "websockets.client", "websockets.server", "httpx", "httpcore"]
    for name in ["", *names, *logging.root.manager.loggerDict]:
        logger = logging.getLogger(name)
        saved[name] = logger.level
        logger.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def _leaks(texts: list[str]) -> list[str]:
    return [text[:200] for text in texts if any(secret in text for secret in SECRETS)]


def test_recording_through_the_proxy_logs_no_azure_key_or_token(
    debug_logs: _Capture, tmp_path: Path
) -> None:
    azure = AzureMode(api_key=AZURE_KEY)
    with (
        FakeRealtimeServer(azure=azure) as upstream,
        FakeRealtimeServer(
            cassette=tmp_path / "azure.jsonl", record_mode="all", upstream=upstream.azure_endpoint
        ) as proxy,
    ):
        endpoint = proxy.base_url.removesuffix("/v1")
        clients = [
            AzureRealtimeClient(
                azure_endpoint=endpoint, azure_deployment="gpt-realtime", api_key=AZURE_KEY
            ),
            AzureRealtimeClient(
                azure_endpoint=endpoint,
                azure_deployment="gpt-realtime",
                azure_ad_token_provider=lambda: ENTRA,
            ),
        ]
        for client in clients:
            with client:
                client.client_secrets.create(session=realtime_session(model="gpt-realtime"))
                with client.connect() as conn:
                    assert conn.recv(timeout=10).type == "session.created"
    texts = debug_logs.texts()
    assert any("websockets" in t and "> api-key: ***" in t for t in texts)  # it was logged
    assert _leaks(texts) == []


def test_a_gateway_client_logs_no_default_header_or_query_value(
    debug_logs: _Capture,
) -> None:
    with FakeRealtimeServer() as server:
        with RealtimeClient(
            api_key=OPENAI_KEY,
            base_url=server.base_url,
            default_headers=HEADERS,
            default_query=QUERY,
        ) as client:
            client.client_secrets.create(session=realtime_session(model="gpt-realtime"))
            with client.connect(model="gpt-realtime") as conn:
                conn.recv(timeout=10)
            with client.live.connect(model="gpt-live-1"):
                pass  # opened: session.started read

        async def main() -> None:
            async with (
                AsyncRealtimeClient(
                    api_key=OPENAI_KEY,
                    base_url=server.base_url,
                    default_headers=HEADERS,
                    default_query=QUERY,
                ) as c,
                c.connect(model="gpt-realtime") as conn,
            ):
                await conn.recv(timeout=10)

        asyncio.run(main())
    texts = debug_logs.texts()
    # The gateway's header went out on every handshake, masked; the safe one is shown.
    sent = [t for t in texts if "> Ocp-Apim-Subscription-Key: " in t]
    assert len(sent) == 3
    assert all(t.endswith("> Ocp-Apim-Subscription-Key: ***") for t in sent)
    assert any(t.endswith("> OpenAI-Beta: shown") for t in texts)
    assert _leaks(texts) == []


def _shown(exc: APIStatusError) -> list[str]:
    request = exc.response.request
    assert exc.request is request
    return [
        repr(exc),
        str(exc),
        repr(request),
        repr(request.headers),
        str(dict(request.headers)),
        str(request.url),
        repr(exc.body),
    ]


def test_an_exception_on_a_4xx_shows_no_credential_of_its_request() -> None:
    with (
        FakeRealtimeServer(azure=AzureMode(api_key=AZURE_KEY)) as azure,
        AzureRealtimeClient(
            azure_endpoint=azure.azure_endpoint, azure_deployment="gpt-realtime", api_key=AZURE_KEY
        ) as client,
        pytest.raises(NotFoundError) as refused,
    ):
        client.calls.hangup("rtc_missing")
    assert refused.value.response.request.headers["api-key"] == "***"
    assert _leaks(_shown(refused.value)) == []


def test_an_exception_on_a_5xx_shows_no_default_header_or_query_value() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["Ocp-Apim-Subscription-Key"] == GATEWAY_HEADER  # sent as is
        return httpx.Response(500, json={"error": {"message": "upstream down"}})

    with (
        RealtimeClient(
            api_key=OPENAI_KEY,
            base_url="http://gateway.invalid/v1",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(answer)),
            default_headers=HEADERS,
            default_query=QUERY,
        ) as client,
        pytest.raises(InternalServerError) as failed,
    ):
        client.client_secrets.create(session=realtime_session(model="gpt-realtime"))
    shown = _shown(failed.value)
    assert _leaks(shown) == []
    request = failed.value.response.request
    assert request.headers["OpenAI-Beta"] == "shown"  # the allow-list keeps its values
    assert request.url.params["subscription-key"] == "***"
    assert failed.value.response.json() == {"error": {"message": "upstream down"}}


def test_redact_headers_keeps_only_the_allow_list() -> None:
    from realtime_ext._redact import SAFE_HEADERS, redact_headers

    headers = [("Content-Type", "application/json"), ("X-Custom", "v"), ("api-key", "k")]
    assert redact_headers(headers) == [
        ("Content-Type", "application/json"),
        ("X-Custom", "***"),
        ("api-key", "***"),
    ]
    assert "authorization" not in SAFE_HEADERS

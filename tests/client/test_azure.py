"""Azure OpenAI: ``AzureRealtimeClient`` / ``AsyncAzureRealtimeClient`` against the fake in
Azure mode (``FakeRealtimeServer(azure=AzureMode(...))``), on both routes, with a key and
with an Entra token provider asked again at every connect and reconnect; contradictions
refused before the wire; any other host's ``default_query``."""

from __future__ import annotations

import asyncio
import itertools
import logging
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest

from realtime_ext import (
    AsyncAzureRealtimeClient,
    AsyncRealtimeClient,
    AuthenticationError,
    AzureRealtimeClient,
    InvalidArgumentError,
    MissingAPIKeyError,
    NotFoundError,
    RealtimeClient,
)
from realtime_ext.sdp import sample_offer
from realtime_ext.telemetry import Telemetry
from realtime_ext.testing import AzureMode, FakeRealtimeServer, ManualClock
from realtime_ext.webrtc import AsyncWebRTC
from tests.fake_server.test_recorded_fidelity import Recording, script_answers
from tests.support import vendored

KEY = "0123456789abcdef0123456789abcdef"  # Azure keys have no prefix the redactor knows
DEPLOYMENT = "my-realtime"
LIVE_DEPLOYMENT = "my-live"  # Azure names the deployment where OpenAI names the model
PREVIEW = "2025-04-01-preview"


class Tokens:
    """An Entra token provider whose tokens expire as soon as the next one is issued: a
    connection that is not given a fresh token on reconnect is refused by the fake."""

    def __init__(self) -> None:
        self.issued: list[str] = []
        self._counter = itertools.count()

    def __call__(self) -> str:
        self.issued.append(f"entra-token-{next(self._counter)}-SECRET")
        return self.issued[-1]

    async def asynchronous(self) -> str:
        return self()

    def valid(self, token: str) -> bool:
        return bool(self.issued) and token == self.issued[-1]


@pytest.fixture(scope="module")
def tokens() -> Tokens:
    return Tokens()


@pytest.fixture(scope="module")
def server(tokens: Tokens) -> Iterator[FakeRealtimeServer]:
    azure = AzureMode(
        deployments={DEPLOYMENT: "gpt-realtime", LIVE_DEPLOYMENT: "gpt-live-1"},
        api_key=KEY,
        accept_token=tokens.valid,
    )
    with FakeRealtimeServer(azure=azure) as srv:
        yield srv


Route = Literal["v1", "preview"]


def _client(server: FakeRealtimeServer, tokens: Tokens, auth: str, route: Route) -> Any:
    return AzureRealtimeClient(
        azure_endpoint=server.azure_endpoint,
        azure_deployment=DEPLOYMENT,
        azure_route=route,
        api_key=KEY if auth == "key" else None,
        azure_ad_token_provider=tokens if auth == "token provider" else None,
        api_version=PREVIEW if route == "preview" else None,
    )


def _async_client(
    server: FakeRealtimeServer, tokens: Tokens, route: Route = "v1"
) -> AsyncAzureRealtimeClient:
    """The asyncio client with the async token provider, on ``route``."""
    return AsyncAzureRealtimeClient(
        azure_endpoint=server.azure_endpoint,
        azure_deployment=DEPLOYMENT,
        azure_ad_token_provider=tokens.asynchronous,
        azure_route=route,
        api_version=PREVIEW if route == "preview" else None,
    )


ROUTES = {
    "v1": ("/openai/v1/realtime", {"model": [DEPLOYMENT]}),
    "preview": ("/openai/realtime", {"api-version": [PREVIEW], "deployment": [DEPLOYMENT]}),
}


@pytest.mark.parametrize("auth", ["key", "token provider"])
@pytest.mark.parametrize("route", ["v1", "preview"])
def test_sync_session_on_each_route_survives_a_reconnect(
    server: FakeRealtimeServer, tokens: Tokens, auth: str, route: Route
) -> None:
    asked = len(tokens.issued)
    with _client(server, tokens, auth, route) as client:
        assert f"route='azure-{route}'" in repr(client)
        with client.connect(reconnect_delay=0) as conn:
            conn.run_until("session.created")
            server.drop_connections()  # as a network does: the client reconnects
            conn.run_until("session.created", timeout=10)  # the new session's
            server.script.next_response(text="still here")
            conn.response.create()
            done = conn.run_until("response.done", timeout=10)
    assert done.response.status == "completed"
    first, second = server.connections[-2:]
    path, query = ROUTES[route]
    for record in (first, second):
        assert (record.path, record.query) == (path, query)
        headers = {name.lower(): value for name, value in record.headers.items()}
        if auth == "key":
            assert headers["api-key"] == KEY and "authorization" not in headers
        else:
            assert "api-key" not in headers
    if auth == "token provider":
        # Asked for the first connect and again for the reconnect: each its own token.
        assert len(tokens.issued) == asked + 2
        assert first.headers["authorization"] == f"Bearer {tokens.issued[-2]}"
        assert second.headers["authorization"] == f"Bearer {tokens.issued[-1]}"


@pytest.mark.parametrize("route", ["v1", "preview"])
async def test_async_session_with_an_async_token_provider(
    server: FakeRealtimeServer, tokens: Tokens, route: Route
) -> None:
    asked = len(tokens.issued)
    async with (
        _async_client(server, tokens, route) as client,
        client.connect(reconnect_delay=0) as conn,
    ):
        await conn.run_until("session.created")
        server.drop_connections()
        await conn.run_until("session.created", timeout=10)  # the new session's
        server.script.next_response(text="hello")
        await conn.response.create()
        done = await conn.run_until("response.done", timeout=10)
    assert done.response.status == "completed"
    assert len(tokens.issued) == asked + 2
    assert (server.connections[-1].path, server.connections[-1].query) == ROUTES[route]


@pytest.mark.parametrize("auth", ["key", "token provider"])
def test_client_secret_and_webrtc_offer_on_the_v1_route(
    server: FakeRealtimeServer, tokens: Tokens, auth: str
) -> None:
    asked = len(tokens.issued)
    with _client(server, tokens, auth, "v1") as client:
        secret = client.client_secrets.create(session={"type": "realtime", "model": DEPLOYMENT})
        # The browser's step, here from Python: the offer with the ephemeral key.
        answer = client.calls.create(
            sdp=sample_offer(), extra_headers={"Authorization": f"Bearer {secret.value}"}
        )
    assert answer.call_id.startswith("rtc_")
    minted, offered = list(server.requests)[-2:]
    assert (minted.path, minted.query) == ("/openai/v1/realtime/client_secrets", {})
    assert (offered.path, offered.query) == ("/openai/v1/realtime/calls", {"webrtcfilter": ["on"]})
    # The ephemeral key replaced the client's credential: one kind only on the offer.
    assert offered.header("authorization") == f"Bearer {secret.value}"
    assert offered.header("api-key") is None
    if auth == "token provider":
        assert len(tokens.issued) == asked + 2  # each REST request asks the provider


async def test_async_rest_asks_an_async_provider_per_request(
    server: FakeRealtimeServer, tokens: Tokens
) -> None:
    asked = len(tokens.issued)
    async with AsyncAzureRealtimeClient(
        azure_endpoint=server.azure_endpoint,
        azure_ad_token_provider=tokens.asynchronous,
        webrtc_filter=False,
    ) as client:
        await client.client_secrets.create(session={"type": "realtime", "model": DEPLOYMENT})
        await client.calls.create(
            sdp=sample_offer(), session={"type": "realtime", "model": DEPLOYMENT}
        )
    assert len(tokens.issued) == asked + 2
    assert list(server.requests)[-1].query == {}  # webrtc_filter=False: no webrtcfilter


def test_azure_errors_have_azure_shapes(server: FakeRealtimeServer) -> None:
    with AzureRealtimeClient(azure_endpoint=server.azure_endpoint, api_key=KEY) as client:
        with pytest.raises(NotFoundError, match="deployment for this resource does not exist"):
            client.client_secrets.create(session={"type": "realtime", "model": "no-such"})
        with pytest.raises(NotFoundError) as caught, client.connect(model="no-such"):
            pass
    assert caught.value.status_code == 404
    with (
        AzureRealtimeClient(
            azure_endpoint=server.azure_endpoint, api_key="wrong-key-SECRET"
        ) as client,
        pytest.raises(AuthenticationError, match="Access denied") as refused,
    ):
        client.client_secrets.create(session={"type": "realtime", "model": DEPLOYMENT})
    assert refused.value.body == {
        "error": {"code": "401", "message": refused.value.body["error"]["message"]}
    }


def test_the_fake_refuses_what_azure_refuses(server: FakeRealtimeServer) -> None:
    import httpx

    base = server.azure_endpoint
    headers = {"api-key": KEY}
    no_version = httpx.post(f"{base}/openai/realtime/client_secrets", headers=headers, json={})
    assert no_version.status_code == 404
    assert no_version.json() == {"error": {"code": "404", "message": "Resource not found"}}
    v1_version = httpx.post(
        f"{base}/openai/v1/realtime/client_secrets?api-version={PREVIEW}", headers=headers, json={}
    )
    assert v1_version.status_code == 400 and v1_version.json()["error"]["code"] == "BadRequest"
    both = httpx.post(
        f"{base}/openai/v1/realtime/client_secrets",
        headers={**headers, "Authorization": "Bearer x"},
        json={},
    )
    assert both.status_code == 400


CONTRADICTIONS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"api_version": PREVIEW}, InvalidArgumentError, "takes no api-version"),
    ({"azure_route": "preview"}, InvalidArgumentError, "needs api_version"),
    ({"azure_route": "beta"}, InvalidArgumentError, "azure_route must be"),
    ({"azure_endpoint": None}, InvalidArgumentError, "no Azure endpoint"),
    ({"azure_endpoint": "not a url"}, InvalidArgumentError, "azure_endpoint must be"),
    ({"base_url": "https://gw.example/openai/v1"}, InvalidArgumentError, "exclusive"),
    ({"azure_ad_token": "t0k3n"}, InvalidArgumentError, "pass one credential"),
    ({"api_key": None}, MissingAPIKeyError, "No Azure credential"),
    ({"azure_deployment": ""}, InvalidArgumentError, "azure_deployment must be"),
]


@pytest.mark.parametrize(("change", "error", "says"), CONTRADICTIONS)
def test_contradictions_are_refused_before_the_wire(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, Any], error: type[Exception], says: str
) -> None:
    for name in ("AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_VERSION", "")
    keywords: dict[str, Any] = {
        "azure_endpoint": "https://res.openai.azure.com",
        "api_key": KEY,
        **change,
    }
    with pytest.raises(error, match=says) as caught:
        AzureRealtimeClient(**keywords)
    assert KEY not in str(caught.value)


def test_a_model_other_than_the_deployment_is_refused_before_the_wire() -> None:
    client = AzureRealtimeClient(
        azure_endpoint="http://127.0.0.1:9", api_key=KEY, azure_deployment=DEPLOYMENT
    )
    with client, pytest.raises(InvalidArgumentError, match="contradicts the client's"):
        client.connect(model="gpt-realtime")
    client = AzureRealtimeClient(azure_endpoint="http://127.0.0.1:9", api_key=KEY)
    with client, pytest.raises(InvalidArgumentError, match="azure_deployment= on the client"):
        client.connect()


def test_an_async_provider_needs_the_asyncio_client(tokens: Tokens) -> None:
    with pytest.raises(InvalidArgumentError, match="AsyncAzureRealtimeClient"):
        AzureRealtimeClient(
            azure_endpoint="https://res.openai.azure.com",
            azure_ad_token_provider=tokens.asynchronous,  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
        )


def test_environment_variables_as_the_official_package_reads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://env-res.openai.azure.com/")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_VERSION", PREVIEW)
    # The v1 route takes no api-version: OPENAI_API_VERSION is read for the preview route.
    with AzureRealtimeClient() as client:
        assert client.route.kind == "azure-v1"
        assert client.base_url == "https://env-res.openai.azure.com/openai/v1"
        assert client.route.auth.headers() == {"api-key": KEY}
    with AzureRealtimeClient(azure_route="preview", azure_deployment="d") as client:
        assert client.route.websocket_url() == (
            f"wss://env-res.openai.azure.com/openai/realtime?api-version={PREVIEW}&deployment=d"
        )


def test_a_provider_returning_no_token_is_a_clear_error() -> None:
    with (
        AzureRealtimeClient(
            azure_endpoint="http://127.0.0.1:9", azure_ad_token_provider=lambda: ""
        ) as client,
        pytest.raises(InvalidArgumentError, match="azure_ad_token_provider returned"),
    ):
        client.client_secrets.create(session={"type": "realtime"})


def test_secrets_stay_out_of_reprs_errors_and_logs(
    server: FakeRealtimeServer, tokens: Tokens, caplog: pytest.LogCaptureFixture
) -> None:
    jwt = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJjb2duaXRpdmUifQ.c2lnbmF0dXJlLVNFQ1JFVA"
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with AzureRealtimeClient(
        azure_endpoint=server.azure_endpoint,
        azure_ad_token=jwt,  # refused by the fake: not a token it issued
        azure_deployment=DEPLOYMENT,
        default_query={"sig": "query-SECRET"},
    ) as client:
        texts += [repr(client), repr(client.route), repr(client.route.auth)]
        for attempt in (
            lambda: client.client_secrets.create(session={"type": "realtime"}),
            lambda: client.connect(max_retries=0).close(),
        ):
            with pytest.raises(AuthenticationError) as caught:
                attempt()
            texts += [str(caught.value), repr(caught.value)]
            texts.append("".join(traceback.format_exception(caught.value)))
    with _client(server, tokens, "key", "v1") as client, client.connect(max_retries=0) as conn:
        conn.run_until("session.created")
        texts.append(repr(conn))
    texts += [record.getMessage() for record in caplog.records]
    assert any("api-key" in text for text in texts)  # the handshake was logged, masked
    for text in texts:
        for secret in (jwt, KEY, "query-SECRET", "SECRET"):
            assert secret not in text, f"{secret[:8]}... leaked in {text[:300]!r}"


@pytest.mark.parametrize("cls", [RealtimeClient, AsyncRealtimeClient])
def test_default_query_goes_with_every_request_and_socket(cls: type[Any]) -> None:
    client = cls(
        api_key="sk-test",
        base_url="https://gw.example/v1",
        websocket_base_url="wss://ws.gw.example/v1",
        default_query={"team": "voice", "n": 1},
    )
    route = client.route
    assert (
        route.rest_url("/realtime/calls") == "https://gw.example/v1/realtime/calls?team=voice&n=1"
    )
    assert (
        route.websocket_url(model="m") == "wss://ws.gw.example/v1/realtime?team=voice&n=1&model=m"
    )
    with pytest.raises(InvalidArgumentError, match=r"default_query\['x'\]"):
        cls(api_key="sk-test", default_query={"x": object()})


def test_default_query_reaches_the_fake() -> None:
    with FakeRealtimeServer() as fake:
        with RealtimeClient(
            api_key="sk-test", base_url=fake.base_url, default_query={"team": "voice"}
        ) as client:
            client.client_secrets.create(session={"type": "realtime"})
            with client.connect(model="gpt-realtime", max_retries=0) as conn:
                conn.run_until("session.created")
        assert list(fake.requests)[-1].query == {"team": ["voice"]}
        assert fake.connections[-1].query == {"team": ["voice"], "model": ["gpt-realtime"]}


@pytest.mark.once(
    reason="records through the proxy, then replays: heavy, and what is written "
    "to the cassette does not depend on the interpreter"
)
def test_an_azure_session_is_recorded_without_secrets_and_replayed(tmp_path: Path) -> None:
    path = tmp_path / "azure.jsonl"
    token = "entra-token-RECORDED-SECRET"
    azure = AzureMode(
        deployments={DEPLOYMENT: "gpt-realtime"}, api_key=KEY, accept_token=lambda t: t == token
    )

    def session(endpoint: str, **credential: Any) -> None:
        with AzureRealtimeClient(
            azure_endpoint=endpoint, azure_deployment=DEPLOYMENT, **credential
        ) as client:
            if "api_key" in credential:  # REST with a key; the token goes on the socket
                client.client_secrets.create(session={"type": "realtime", "model": DEPLOYMENT})
            with client.connect(max_retries=0) as conn:
                conn.send({"type": "response.create"})
                conn.run_until("response.done", timeout=10)

    with FakeRealtimeServer(azure=azure) as upstream:
        upstream.script.next_response(text="recorded")
        upstream.script.next_response(text="recorded")
        with FakeRealtimeServer(
            cassette=path, record_mode="all", upstream=upstream.azure_endpoint
        ) as recorder:
            session(recorder.azure_endpoint, api_key=KEY)
            session(recorder.azure_endpoint, azure_ad_token_provider=lambda: token)
    text = path.read_text(encoding="utf-8")
    assert "/openai/v1/realtime" in text
    assert KEY not in text and token not in text and "SECRET" not in text
    with FakeRealtimeServer(azure=azure, cassette=path) as replay:
        session(replay.azure_endpoint, api_key=KEY)
        session(replay.azure_endpoint, azure_ad_token_provider=lambda: token)
        with pytest.raises(AuthenticationError):  # the replaying fake checks Azure's credential
            session(replay.azure_endpoint, azure_ad_token_provider=lambda: "other-token")
        assert replay.cassette_mismatches == []


async def test_a_webrtc_call_from_python_and_its_sideband_on_azure(
    server: FakeRealtimeServer, tokens: Tokens
) -> None:
    asked = len(tokens.issued)
    async with (
        _async_client(server, tokens) as client,
        # No model: the client's deployment is the call's.
        AsyncWebRTC(client).connect(session={"output_modalities": ["text"]}) as call,
    ):
        await call.run_until("session.created", timeout=30)
        async with client.connect(call_id=call.call_id, max_retries=0) as sideband:
            server.script.next_response(text="over WebRTC")
            await sideband.response.create()
            done = await sideband.run_until("response.done", timeout=30)
    assert done.response.status == "completed"
    offer = next(r for r in reversed(server.requests) if r.path.endswith("/realtime/calls"))
    assert (offer.path, offer.query) == ("/openai/v1/realtime/calls", {"webrtcfilter": ["on"]})
    assert f'"model":"{DEPLOYMENT}"'.encode() in offer.body
    assert server.connections[-1].query == {"call_id": [call.call_id]}
    assert len(tokens.issued) >= asked + 2  # the offer and the sideband each asked


def test_a_rollover_asks_the_provider_again(server: FakeRealtimeServer, tokens: Tokens) -> None:
    clock = ManualClock()
    asked = len(tokens.issued)
    with (
        AzureRealtimeClient(
            azure_endpoint=server.azure_endpoint,
            azure_deployment=DEPLOYMENT,
            azure_ad_token_provider=tokens,
            clock=clock,
        ) as client,
        client.connect(max_session_duration=60) as conn,
    ):
        conn.run_until("session.created")
        clock.advance(61)  # past the session's duration: the next quiet point moves it
        server.script.next_response(text="on the new session")
        conn.response.create()
        done = conn.run_until("response.done", timeout=10)
    assert done.response.status == "completed"
    # A new token for the new session (the fake refuses the old one once a new one exists).
    assert len(tokens.issued) == asked + 2


AZURE_RECORDINGS = sorted(
    p.name for p in (vendored.DATA / "realtraffic/azure").glob("test_azure_ws__*.yaml")
)


def test_the_azure_recordings_are_all_replayed() -> None:
    vendored.require("realtraffic/azure")
    assert len(AZURE_RECORDINGS) == 2, AZURE_RECORDINGS


@pytest.mark.parametrize("auth", ["key", "token provider"])
@pytest.mark.parametrize("name", AZURE_RECORDINGS)
def test_a_recorded_azure_session_replays_through_the_azure_client(
    server: FakeRealtimeServer, tokens: Tokens, name: str, auth: str
) -> None:
    recording = Recording.load(vendored.DATA / "realtraffic/azure" / name)
    script_answers(server.script, recording)
    done: list[str] = []
    with _client(server, tokens, auth, "v1") as client, client.connect(max_retries=0) as conn:
        conn.run_until("session.created")
        for frame in recording.sent:  # the client frames the real session sent, in order
            conn.send(frame)
            if frame["type"] == "response.create":
                done.append(conn.run_until("response.done", timeout=10).response.status)
    assert done == [f["response"]["status"] for f in recording.of("response.done")]
    # What Azure documents for the GA route, as the recording's client sent it.
    record = server.connections[-1]
    assert (record.path, record.query) == ROUTES["v1"]
    headers = {key.lower(): value for key, value in record.headers.items()}
    if auth == "key":
        assert headers["api-key"] == KEY and "authorization" not in headers
    else:
        assert (
            headers["authorization"] == f"Bearer {tokens.issued[-1]}" and "api-key" not in headers
        )


def test_a_translation_session_on_azure(tokens: Tokens) -> None:
    azure = AzureMode(
        deployments={"my-translate": "gpt-realtime-translate"}, accept_token=tokens.valid
    )
    with (
        FakeRealtimeServer(azure=azure) as fake,
        AzureRealtimeClient(
            azure_endpoint=fake.azure_endpoint, azure_ad_token_provider=tokens
        ) as client,
        client.translations.connect(
            model="my-translate", session={"audio": {"output": {"language": "es"}}}
        ) as conn,
    ):
        conn.run_until("session.updated", timeout=10)
        conn.close()
    record = fake.connections[-1]
    assert (record.path, record.query) == (
        "/openai/v1/realtime/translations",
        {"model": ["my-translate"]},
    )
    assert record.headers["authorization"] == f"Bearer {tokens.issued[-1]}"


def test_serve_fake_takes_azure_options() -> None:
    from realtime_ext.testing.__main__ import _azure, _parser  # pyright: ignore[reportPrivateUsage]

    argv = ["--azure", "--deployment", "my-rt=gpt-realtime", "--deployment", "gpt-realtime-mini"]
    args = _parser("serve-fake").parse_args([*argv, "--api-key", KEY])
    azure = _azure(args)
    assert azure is not None and azure.api_key == KEY
    assert dict(azure.deployments) == {
        "my-rt": "gpt-realtime",
        "gpt-realtime-mini": "gpt-realtime-mini",
    }
    assert _azure(_parser("serve-fake").parse_args([])) is None
    with pytest.raises(SystemExit, match="--deployment needs --azure"):
        _azure(_parser("serve-fake").parse_args(["--deployment", "x"]))


def test_no_secret_in_the_spans(server: FakeRealtimeServer) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    server.script.next_response(text="traced")
    with (
        AzureRealtimeClient(
            azure_endpoint=server.azure_endpoint,
            api_key=KEY,
            azure_deployment=DEPLOYMENT,
            default_query={"sig": "query-SECRET"},
            telemetry=Telemetry(tracer_provider=provider),
        ) as client,
        client.connect(max_retries=0) as conn,
    ):
        client.client_secrets.create(session={"type": "realtime", "model": DEPLOYMENT})
        conn.response.create()
        conn.run_until("response.done", timeout=10)
    spans = exporter.get_finished_spans()
    assert {span.name for span in spans} >= {"POST /realtime/client_secrets"}
    text = " ".join(f"{span.name} {dict(span.attributes or {})} {span.events}" for span in spans)
    assert "/openai/v1/realtime/client_secrets" in text
    for secret in (KEY, "query-SECRET"):
        assert secret not in text


async def test_the_token_endpoint_mints_on_azure_with_the_azure_client(
    server: FakeRealtimeServer, tokens: Tokens
) -> None:
    from realtime_ext.asgi import token_endpoint

    origin = "https://app.example.com"
    sent: list[dict[str, Any]] = []
    requests = [{"type": "http.request", "body": b"", "more_body": False}]

    async def receive() -> dict[str, Any]:
        return requests.pop(0) if requests else {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent.append(dict(message))

    async with AsyncAzureRealtimeClient(
        azure_endpoint=server.azure_endpoint, azure_ad_token_provider=tokens.asynchronous
    ) as client:
        app = token_endpoint(
            {"type": "realtime", "model": DEPLOYMENT}, allowed_origins=[origin], client=client
        )
        headers = [(b"host", b"app.example.com"), (b"origin", origin.encode())]
        scope = {
            "type": "http",
            "method": "POST",
            "path": "/",
            "query_string": b"",
            "headers": headers,
        }
        await app(scope, receive, send)
    assert sent[0]["status"] == 200, sent
    body = b"".join(message.get("body", b"") for message in sent[1:])
    assert b'"ek_' in body
    minted = list(server.requests)[-1]
    assert minted.path == "/openai/v1/realtime/client_secrets"
    assert minted.header("authorization") == f"Bearer {tokens.issued[-1]}"


@pytest.mark.parametrize("auth", ["key", "token provider"])
def test_gpt_live_takes_the_azure_route_and_credentials(
    server: FakeRealtimeServer, tokens: Tokens, auth: str
) -> None:
    # Foundry serves GPT-Live under the resource's /openai/v1: client.live opens there with
    # the client's api-key or a fresh token, as every other socket of the client does.
    asked = len(tokens.issued)
    with (
        _client(server, tokens, auth, "v1") as client,
        client.live.connect(model=LIVE_DEPLOYMENT) as conn,
    ):
        assert conn.session_id is not None and conn.session_id.startswith("live_")
        closed = conn.close()
    assert closed is not None and closed.reason == "close_requested"
    record = server.connections[-1]
    assert (record.path, record.query) == ("/openai/v1/live/sessions", {})
    headers = {name.lower(): value for name, value in record.headers.items()}
    if auth == "key":
        assert headers["api-key"] == KEY and "authorization" not in headers
    else:
        assert "api-key" not in headers
        assert headers["authorization"] == f"Bearer {tokens.issued[-1]}"
        assert len(tokens.issued) == asked + 1


async def test_gpt_live_on_azure_asyncio(server: FakeRealtimeServer, tokens: Tokens) -> None:
    async with (
        _async_client(server, tokens) as client,
        client.live.connect(model=LIVE_DEPLOYMENT) as conn,
    ):
        await conn.commentary("The parcel arrives on Friday.")
    assert server.connections[-1].path == "/openai/v1/live/sessions"


async def test_call_runner_answers_a_sip_call_on_azure(tokens: Tokens) -> None:
    # The phone runner takes the Azure client as it is: accept, the sideband and the hangup
    # all go to the resource's /openai/v1 routes with a fresh token each.
    from realtime_ext.asgi import CallRunner, RunningCall
    from realtime_ext.conversation import AsyncConversation
    from realtime_ext.session import realtime_session
    from realtime_ext.webhooks import RealtimeCallIncomingEvent, sign, unwrap
    from support.waiting import async_until
    from tests.webhooks._data import SECRET, call_incoming_json

    replies: list[str] = []

    async def on_start(running: RunningCall, conn: AsyncConversation) -> None:
        @conn.on("response.done")
        def done(event: object) -> None:
            replies.append("reply")
            running.hang_up()  # after the next reply

    asked = len(tokens.issued)
    azure = AzureMode(deployments={DEPLOYMENT: "gpt-realtime"}, accept_token=tokens.valid)
    with FakeRealtimeServer(azure=azure) as server:
        server.script.next_response(text="Hello, how can I help?")
        call = server.register_call()
        payload = call_incoming_json(call_id=call.id)
        event = unwrap(payload, sign(payload, SECRET), secret=SECRET)
        assert isinstance(event, RealtimeCallIncomingEvent)
        async with _async_client(server, tokens) as client:
            session = realtime_session(model=DEPLOYMENT)
            runner = CallRunner(client, session=session, on_start=on_start)
            running = await runner.answer(event)
            assert running is not None
            await async_until(lambda: replies != [], "the greeting")
            assert running.connection is not None
            server.script.next_response(text="Goodbye.")
            await running.connection.response.create()
            await asyncio.wait_for(running.ended(), 10)
        assert [action for action, _ in server.calls[call.id].actions] == ["accept", "hangup"]
        paths = [record.path for record in server.requests]
        assert f"/openai/v1/realtime/calls/{call.id}/accept" in paths
        sideband = server.connections[-1]
        assert (sideband.path, sideband.query) == ("/openai/v1/realtime", {"call_id": [call.id]})
        # Asked three times, one token each: the accept, the sideband's connect, the hangup.
        assert len(tokens.issued) == asked + 3
        assert sideband.headers["authorization"] == f"Bearer {tokens.issued[asked + 1]}"

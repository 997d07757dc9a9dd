"""A third host is one ``Route`` value (issue 80 item 2): the Azure guide's gateway example
(``acme_gateway``, taken from the page itself) given to ``RealtimeClient(route=...)`` and
``AsyncRealtimeClient(route=...)`` runs REST, a Realtime WebSocket turn and GPT-Live (its
socket and ``POST .../live/sessions``) against the fake standing in for that gateway
(``GatewayMode``), with no subclass; ``route=`` beside a keyword it stands for is refused;
the route's key never shows."""

from __future__ import annotations

import ast
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from realtime_ext import (
    AsyncAzureRealtimeClient,
    AsyncRealtimeClient,
    Auth,
    AuthenticationError,
    AzureRealtimeClient,
    InvalidArgumentError,
    NotFoundError,
    RealtimeClient,
    Route,
)
from realtime_ext.sdp import sample_offer
from realtime_ext.testing import FakeRealtimeServer, GatewayMode
from support import snippets

GUIDE = snippets.ROOT / "docs" / "guides" / "azure.md"
KEY = "gw-0123456789abcdef-SECRET"  # no prefix the redactor knows: masked as the route's key
HEADER = "X-Gateway-Key"
SILENCE = bytes(4800)  # 100 ms of 24 kHz PCM16


def _docs_route() -> Callable[[str, str], Route]:
    """The guide's ``acme_gateway``, exactly as the page writes it: its block's imports and
    that function, run alone (the rest of the block is the guide's own test's)."""
    blocks = snippets.fenced_blocks(GUIDE.read_text(encoding="utf-8"))
    code = next(b.code for b in blocks if b.lang == "python" and "def acme_gateway" in b.code)
    tree = ast.parse(code)
    kept: list[ast.stmt] = [
        node
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        or (isinstance(node, ast.FunctionDef) and node.name == "acme_gateway")
    ]
    namespace: dict[str, Any] = {}
    exec(compile(ast.Module(body=kept, type_ignores=[]), str(GUIDE), "exec"), namespace)
    made: Callable[[str, str], Route] = namespace["acme_gateway"]
    return made


acme_gateway = _docs_route()


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    # The guide's gateway: /gateway/v2, GPT-Live renamed /voice-live, its own key header.
    gateway = GatewayMode(
        prefix="/gateway/v2", header=HEADER, api_key=KEY, paths={"/live": "/voice-live"}
    )
    with FakeRealtimeServer(gateway=gateway, live_clock="test") as fake:
        yield fake


def _check_wire(
    server: FakeRealtimeServer, first_request: int, first_socket: int, session_id: str
) -> None:
    """What went out went to the gateway's paths with its header and no bearer key."""
    requests = server.requests[first_request:]
    sockets = server.connections[first_socket:]
    assert [(r.method, r.path) for r in requests] == [
        ("POST", "/gateway/v2/realtime/client_secrets"),
        ("POST", "/gateway/v2/voice-live/sessions"),
        ("POST", f"/gateway/v2/voice-live/sessions/{session_id}/hangup"),
    ]
    assert [(s.path, s.query) for s in sockets] == [
        ("/gateway/v2/realtime", {"model": ["gpt-realtime"]}),
        ("/gateway/v2/voice-live/sessions", {}),
    ]
    for headers in [r.headers for r in requests] + [s.headers for s in sockets]:
        assert headers[HEADER.lower()] == KEY
        assert "authorization" not in headers


def test_blocking_client_runs_rest_a_turn_and_gpt_live_on_the_docs_gateway(
    server: FakeRealtimeServer,
) -> None:
    first_request, first_socket = len(server.requests), len(server.connections)
    server.script.next_response(text="Hello through the gateway")
    with RealtimeClient(route=acme_gateway(server.gateway_url, KEY)) as client:
        assert client.route.kind == "acme-gateway"
        secret = client.client_secrets.create(session={"type": "realtime"})
        with client.connect(model="gpt-realtime") as conn:
            conn.response.create()
            done = conn.run_until("response.done")
        heard: list[str] = []
        with client.live.connect(model="gpt-live-1") as live:
            live.commentary("The parcel arrives on Friday.")
            live.send_audio(SILENCE * 30)
            for event in live:
                if event.type == "session.output_transcript.delta":
                    heard.append(event.delta)
                    break
            live.close()
        answer = client.live.create(sdp=sample_offer(), model="gpt-live-1")
        client.live.sessions.hangup(answer.session_id)
    assert secret.value.startswith("ek_")
    assert done.response.status == "completed"
    assert heard and answer.session_id.startswith("live_")
    _check_wire(server, first_request, first_socket, answer.session_id)


async def test_asyncio_client_runs_rest_a_turn_and_gpt_live_on_the_docs_gateway(
    server: FakeRealtimeServer,
) -> None:
    first_request, first_socket = len(server.requests), len(server.connections)
    server.script.next_response(text="Hello through the gateway")
    async with AsyncRealtimeClient(route=acme_gateway(server.gateway_url, KEY)) as client:
        secret = await client.client_secrets.create(session={"type": "realtime"})
        async with client.connect(model="gpt-realtime") as conn:
            await conn.response.create()
            done = await conn.run_until("response.done")
        heard: list[str] = []
        async with client.live.connect(model="gpt-live-1") as live:
            await live.commentary("The parcel arrives on Friday.")
            await live.send_audio(SILENCE * 30)
            async for event in live:
                if event.type == "session.output_transcript.delta":
                    heard.append(event.delta)
                    break
            await live.close()
        answer = await client.live.create(sdp=sample_offer(), model="gpt-live-1")
        await client.live.sessions.hangup(answer.session_id)
    assert secret.value.startswith("ek_")
    assert done.response.status == "completed"
    assert heard and answer.session_id.startswith("live_")
    _check_wire(server, first_request, first_socket, answer.session_id)


def test_the_gateway_refuses_a_client_that_ignores_its_route(server: FakeRealtimeServer) -> None:
    # The fake is strict: OpenAI's paths or OpenAI's header do not reach it.
    openai = RealtimeClient(api_key="sk-test", base_url=server.gateway_url)
    with openai as client, pytest.raises(AuthenticationError, match=f"the {HEADER} header"):
        client.client_secrets.create(session={"type": "realtime"})
    wrong = Route(base_url=server.base_url, auth=Auth.api_key(KEY, header=HEADER))
    with RealtimeClient(route=wrong) as client, pytest.raises(NotFoundError, match="gateway"):
        client.client_secrets.create(session={"type": "realtime"})


CLASHES = [
    (RealtimeClient, {"api_key": "sk-x"}, "api_key="),
    (RealtimeClient, {"base_url": "https://h/v1"}, "base_url="),
    (AsyncRealtimeClient, {"websocket_base_url": "wss://h/v1"}, "websocket_base_url="),
    (AsyncRealtimeClient, {"default_query": {"a": 1}}, "default_query="),
    (AzureRealtimeClient, {"azure_endpoint": "https://r.openai.azure.com"}, "azure_endpoint="),
    (AzureRealtimeClient, {"azure_deployment": "d", "api_key": "k"}, "azure_deployment=, api_key="),
    (AsyncAzureRealtimeClient, {"azure_ad_token": "t0k3n"}, "azure_ad_token="),
    (AsyncAzureRealtimeClient, {"azure_route": "preview"}, "azure_route="),
    (AzureRealtimeClient, {"webrtc_filter": False}, "webrtc_filter="),
]


@pytest.mark.parametrize(("cls", "given", "named"), CLASHES)
def test_route_beside_a_keyword_it_stands_for_is_refused(
    cls: type[Any], given: dict[str, Any], named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")  # read for neither
    route = Route(kind="acme", base_url="https://gw.example/gateway/v2", auth=Auth.api_key(KEY))
    with pytest.raises(InvalidArgumentError, match=f"route= and {named} are exclusive"):
        cls(route=route, **given)


def test_route_must_be_a_route() -> None:
    with pytest.raises(InvalidArgumentError, match=r"route must be a realtime_ext\.Route"):
        RealtimeClient(route="https://gw.example/v1")  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", [RealtimeClient, AsyncAzureRealtimeClient])
def test_every_client_takes_the_route_whole(
    cls: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://env.example/v1")
    route = Route.azure("https://r.openai.azure.com", Auth.token("t0k3n"), deployment="d")
    client = cls(route=route)
    assert client.route is route
    assert (client.base_url, client.api_key) == ("https://r.openai.azure.com/openai/v1", "")
    assert repr(client).startswith(f"{cls.__name__}(route='azure-v1', base_url=")


def test_a_route_secret_never_shows(
    server: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bad = "gw-wrong-0123456789-SECRET"
    route = Route(
        kind="acme",
        base_url=server.gateway_url,
        auth=Auth.api_key(bad, header=HEADER),
        default_query={"sig": "query-SECRET"},
    )
    texts = [repr(route), route.describe(), repr(route.auth)]
    with RealtimeClient(route=route) as client:
        texts.append(repr(client))
        for attempt in (
            lambda: client.client_secrets.create(session={"type": "realtime"}),
            lambda: client.connect(model="gpt-realtime", max_retries=0).close(),
        ):
            with pytest.raises(AuthenticationError) as caught:
                attempt()
            texts += [str(caught.value), repr(caught.value)]
            texts.append("".join(traceback.format_exception(caught.value)))
    good = RealtimeClient(route=acme_gateway(server.gateway_url, KEY))
    with good as client, client.connect(model="gpt-realtime", max_retries=0) as conn:
        conn.run_until("session.created")
        texts.append(repr(conn))
    texts += [record.getMessage() for record in caplog.records]
    assert any(HEADER.lower() in text.lower() for text in texts)  # the header was logged, masked
    for text in texts:
        for secret in (bad, KEY, "query-SECRET", "SECRET"):
            assert secret not in text, f"{secret[:8]}... leaked in {text[:300]!r}"


def test_a_routes_rules_are_data() -> None:
    route = Route(
        kind="acme",
        base_url="https://gw.example/gateway/v2",
        websocket_base_url="wss://ws.gw.example/sockets",
        auth=Auth.api_key(KEY, header=HEADER),
        paths={"/live": "/voice-live", "/live/sessions/x": "/special", "/realtime/calls": "/rtc"},
        model_query="engine",
    )
    assert route.rest_url("/live/sessions") == "https://gw.example/gateway/v2/voice-live/sessions"
    assert route.host_path("/live") == "/voice-live"
    assert route.host_path("/live/sessions/live_1/hangup") == "/voice-live/sessions/live_1/hangup"
    assert route.host_path("/live/sessions/x/attach") == "/special/attach"  # the longest wins
    assert route.host_path("/lively") == "/lively"  # whole segments only
    assert route.host_path("/realtime/calls/rtc_1/accept") == "/rtc/rtc_1/accept"
    assert route.websocket_url(model="m") == "wss://ws.gw.example/sockets/realtime?engine=m"
    assert route.socket_url("/live/sessions") == "wss://ws.gw.example/sockets/voice-live/sessions"
    assert route.paths == {
        "/live/sessions/x": "/special",
        "/realtime/calls": "/rtc",
        "/live": "/voice-live",
    }
    assert Auth.api_key(KEY, header=HEADER).headers() == {HEADER: KEY}
    assert Auth.api_key(KEY, header="authorization").headers() == {"Authorization": f"Bearer {KEY}"}


@pytest.mark.parametrize(
    ("paths", "match"),
    [({"/": "/x"}, "would map every path"), ({"live": "/x"}, "is not a path"), ("x", "mapping")],
)
def test_bad_paths_are_refused(paths: Any, match: str) -> None:
    with pytest.raises(InvalidArgumentError, match=match):
        Route(base_url="https://gw.example/v1", auth=Auth.api_key(KEY), paths=paths)


def test_a_caller_header_of_the_credentials_name_replaces_it() -> None:
    from realtime_ext._auth import merge_auth  # pyright: ignore[reportPrivateUsage]

    credentials = Auth.api_key(KEY, header=HEADER).headers()
    assert merge_auth(credentials, {"x-gateway-key": "other"}) == {"x-gateway-key": "other"}


def test_serve_fake_takes_gateway_options() -> None:
    from realtime_ext.testing.__main__ import _gateway, _parser  # pyright: ignore[reportPrivateUsage]

    argv = ["--gateway-prefix", "/gateway/v2", "--gateway-header", "X-Acme-Key"]
    args = _parser("serve-fake").parse_args([*argv, "--gateway-path", "/live=/voice-live"])
    gateway = _gateway(args)
    assert gateway == GatewayMode(
        prefix="/gateway/v2", header="X-Acme-Key", paths={"/live": "/voice-live"}
    )
    assert _gateway(_parser("serve-fake").parse_args([])) is None
    with pytest.raises(SystemExit, match="need --gateway-prefix"):
        _gateway(_parser("serve-fake").parse_args(["--gateway-header", "X-K"]))
    with pytest.raises(SystemExit, match="API=GATEWAY"):
        _gateway(_parser("serve-fake").parse_args([*argv, "--gateway-path", "/live"]))

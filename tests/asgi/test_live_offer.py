"""``live_offer_endpoint``, each guard on its own: the page's offer relayed to
``POST /v1/live/sessions`` (a recording mock API: what went on the wire, and that nothing
did when a guard refused), the session the server decides, Host/Origin and CORS, body
limits, the offer checks, rate limits (in memory and on a real Redis shared by two
endpoints), redacted 502s and the startup checks. A real page through FastAPI:
tests/webrtc/test_browser_live_offer.py."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    InvalidArgumentError,
    LiveSessionAnswer,
    RealtimeClient,
    SessionConfigError,
)
from realtime_ext.asgi import (
    OfferRefused,
    OfferRequest,
    RedisStore,
    live_offer_endpoint,
)
from support.redis_server import redis_server
from tests.asgi.test_asgi_units import Exchange, http_scope, run
from tests.client._helpers import ANSWER, API_KEY, OFFER, Recorder, error_body, make_async_client

ORIGIN = "https://app.example.com"
SDP = "application/sdp"
OTHER_ORIGIN = "https://admin.example.com"
PAGE = {"Origin": ORIGIN, "Content-Type": "application/sdp"}
SESSION = {"model": "gpt-live-1", "instructions": "You are the help desk's voice."}
CREATED = {"session": {"id": "live_u0_abc"}, "transport": {"type": "webrtc", "sdp": ANSWER}}


@pytest.fixture
def api() -> Recorder:
    return Recorder([httpx.Response(201, json=CREATED)])


def endpoint(api: Recorder, session: Any = SESSION, **options: Any) -> Any:
    return live_offer_endpoint(
        session, allowed_origins=[ORIGIN], client=make_async_client(api), **options
    )


async def post(
    app: Any,
    body: str | bytes = OFFER,
    *,
    peer: str = "203.0.113.7",
    method: str = "POST",
    path: str = "/",
    **headers: str,
) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, client=(peer, 50000))
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as http:
        return await http.request(method, path, content=body, headers={**PAGE, **headers})


def ask(app: Any, body: str | bytes = OFFER, **headers: str) -> httpx.Response:
    return asyncio.run(post(app, body, **headers))


# -- the relay ------------------------------------------------------------------------------
def test_the_page_gets_the_answer_and_the_id_and_the_server_chose_the_session(
    api: Recorder,
) -> None:
    answer = ask(endpoint(api))
    assert answer.status_code == 200
    assert answer.json() == {"session_id": "live_u0_abc", "sdp": ANSWER}
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    [sent] = api.requests
    assert (sent.method, sent.url.path) == ("POST", "/v1/live/sessions")
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert json.loads(sent.content) == {
        "session": SESSION,
        "transport": {"type": "webrtc", "sdp": OFFER},
    }


def test_the_session_is_a_function_of_the_request_sync_or_async(api: Recorder) -> None:
    seen: list[tuple[str, str | None, bool]] = []

    def sync_session(request: OfferRequest) -> dict[str, object]:
        seen.append((request.query["voice"][0], request.header("X-User"), request.offer == OFFER))
        return {"model": "gpt-live-1", "audio": {"output": {"voice": request.query["voice"][0]}}}

    async def async_session(request: OfferRequest) -> dict[str, object]:
        return sync_session(request)

    async def scenario() -> list[int]:
        codes = []
        for source in (sync_session, async_session):
            answer = await post(endpoint(api, source), path="/?voice=cedar", **{"X-User": "ada"})
            codes.append(answer.status_code)
        return codes

    assert asyncio.run(scenario()) == [200, 200]
    assert seen == [("cedar", "ada", True)] * 2
    assert [json.loads(r.content)["session"]["audio"] for r in api.requests] == [
        {"output": {"voice": "cedar"}}
    ] * 2


def test_the_session_function_can_refuse(api: Recorder) -> None:
    def session(request: OfferRequest) -> dict[str, object]:
        if request.header("authorization") != "Bearer app-token-of-ada":
            raise OfferRefused(401, "sign in first")
        return SESSION

    app = endpoint(api, session)
    refused = ask(app)
    assert (refused.status_code, refused.json()) == (401, {"error": "sign in first"})
    assert ask(app, Authorization="Bearer app-token-of-ada").status_code == 200
    assert len(api.requests) == 1


@pytest.mark.parametrize(
    ("made", "logged"),
    [
        ({"model": "gpt-live-1", "instrucions": "typo"}, "instrucions"),
        ({"instructions": "no model"}, "session.model: is required"),
        ("gpt-live-1", "session must be a dict"),
        (None, "model is required"),
    ],
)
def test_a_bad_session_from_the_function_is_a_500_logged_never_sent(
    api: Recorder, caplog: pytest.LogCaptureFixture, made: object, logged: str
) -> None:
    app = endpoint(api, lambda request: made)
    with caplog.at_level(logging.ERROR, logger="realtime_ext.asgi"):
        answer = ask(app)
    assert (answer.status_code, answer.json()) == (
        500,
        {"error": "live offer endpoint misconfigured"},
    )
    assert logged in caplog.text
    assert api.requests == []


# -- the server's own use of the session: on_session ------------------------------------
def test_the_server_is_told_of_each_session_before_the_page_sync_or_async(
    api: Recorder,
) -> None:
    told: list[tuple[str | None, str, int]] = []

    def sync_told(request: OfferRequest, answer: LiveSessionAnswer) -> None:
        told.append((request.header("x-user"), answer.session_id, len(api.requests)))

    async def async_told(request: OfferRequest, answer: LiveSessionAnswer) -> None:
        sync_told(request, answer)

    for on_session in (sync_told, async_told):
        answer = ask(endpoint(api, on_session=on_session), **{"X-User": "ada"})
        assert answer.json()["session_id"] == "live_u0_abc"
    assert told == [("ada", "live_u0_abc", 1), ("ada", "live_u0_abc", 2)]


def test_a_session_the_server_could_not_take_up_is_hung_up(
    caplog: pytest.LogCaptureFixture,
) -> None:
    api = Recorder([httpx.Response(201, json=CREATED), httpx.Response(200)])

    async def sideband_fails(request: OfferRequest, answer: LiveSessionAnswer) -> None:
        raise ConnectionError("the sideband could not attach")

    with caplog.at_level(logging.ERROR, logger="realtime_ext.asgi"):
        answer = ask(endpoint(api, on_session=sideband_fails))
    assert (answer.status_code, answer.json()) == (
        500,
        {"error": "the session could not be started"},
    )
    assert [r.url.path for r in api.requests] == [
        "/v1/live/sessions",
        "/v1/live/sessions/live_u0_abc/hangup",
    ]
    assert "the sideband could not attach" in caplog.text


# -- the API fails: 502, redacted ------------------------------------------------------------
@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(400, json=error_body(f"bad offer for key {API_KEY}")),
        httpx.ConnectError("refused"),
    ],
    ids=["refused", "unreachable"],
)
def test_an_api_failure_is_a_502_that_tells_the_page_nothing(
    reply: Any, caplog: pytest.LogCaptureFixture
) -> None:
    api = Recorder([reply])
    with caplog.at_level(logging.WARNING, logger="realtime_ext.asgi"):
        answer = ask(endpoint(api))
    assert (answer.status_code, answer.json()) == (
        502,
        {"error": "could not create the GPT-Live session"},
    )
    assert "creating a GPT-Live session failed" in caplog.text
    assert API_KEY not in caplog.text and API_KEY not in answer.text
    if isinstance(reply, httpx.Response):  # a connect error is retried: it was never sent
        assert len(api.requests) == 1  # an offer that arrived is never sent twice


# -- who may ask: Host, Origin, CORS, methods ------------------------------------------------
@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Host": "evil.example"},  # DNS rebinding: the browser sends the other site's name
    ],
)
def test_other_sites_get_403_and_nothing_is_sent(api: Recorder, headers: dict[str, str]) -> None:
    answer = ask(endpoint(api), **headers)
    assert answer.status_code == 403
    assert "access-control-allow-origin" not in answer.headers
    assert api.requests == []


def test_a_request_without_origin_is_refused_unless_allowed(api: Recorder) -> None:
    async def scenario(app: Any) -> int:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as http:
            answer = await http.post("/", content=OFFER, headers={"Content-Type": SDP})
        return answer.status_code

    assert asyncio.run(scenario(endpoint(api))) == 403
    assert asyncio.run(scenario(endpoint(api, allow_missing_origin=True))) == 200
    assert len(api.requests) == 1


def test_another_allowed_origin_gets_its_preflight_answered(api: Recorder) -> None:
    app = live_offer_endpoint(
        SESSION,
        allowed_origins=[ORIGIN, OTHER_ORIGIN],
        allowed_hosts=["app.example.com"],
        client=make_async_client(api),
    )
    preflight = {
        "Origin": OTHER_ORIGIN,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    allowed = asyncio.run(post(app, b"", method="OPTIONS", **preflight))
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == OTHER_ORIGIN
    assert allowed.headers["access-control-allow-headers"] == "content-type"
    foreign = asyncio.run(
        post(app, b"", method="OPTIONS", **{**preflight, "Origin": "https://x.test"})
    )
    assert foreign.status_code == 403
    assert ask(app, Origin=OTHER_ORIGIN).headers["access-control-allow-origin"] == OTHER_ORIGIN
    assert len(api.requests) == 1


def test_other_methods_get_405(api: Recorder) -> None:
    answer = asyncio.run(post(endpoint(api), b"", method="GET"))
    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST, OPTIONS"


def test_lifespan_is_acknowledged_and_websockets_closed(api: Recorder) -> None:
    app = endpoint(api)
    lifespan = run(
        app,
        {"type": "lifespan"},
        Exchange([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]),
    )
    assert [m["type"] for m in lifespan.sent] == [
        "lifespan.startup.complete",
        "lifespan.shutdown.complete",
    ]
    assert run(app, {"type": "websocket", "headers": []}, Exchange([])).sent == [
        {"type": "websocket.close", "code": 1008}
    ]


# -- the body: its type, size, time and the offer itself -------------------------------------
@pytest.mark.parametrize(
    ("body", "content_type", "status", "error"),
    [
        (OFFER, "text/plain;charset=UTF-8", 415, "send the SDP offer as application/sdp"),
        (json.dumps({"sdp": OFFER}), "application/json", 415, "as application/sdp"),
        ("", SDP, 400, "the body is empty: send the page's SDP offer"),
        (b"v=0\r\n\xff\xfe", SDP, 400, "the SDP offer is not UTF-8 text"),
        ("v=0", SDP, 400, "the SDP offer is malformed"),
        (OFFER.replace("a=setup:actpass", "a=setup:active"), SDP, 400, "actpass"),
        (OFFER.replace("m=audio", "m=video"), SDP, 400, "audio"),
    ],
    ids=["text", "json", "empty", "not-utf8", "malformed", "not-actpass", "no-audio"],
)
def test_a_bad_body_is_refused_before_anything_is_sent(
    api: Recorder, body: str | bytes, content_type: str, status: int, error: str
) -> None:
    asked: list[OfferRequest] = []

    def session(request: OfferRequest) -> dict[str, object]:
        asked.append(request)
        return SESSION

    answer = ask(endpoint(api, session), body, **{"Content-Type": content_type})
    assert answer.status_code == status, answer.text
    assert error in answer.json()["error"]
    assert asked == [] and api.requests == []


def test_a_body_past_the_cap_is_413(api: Recorder) -> None:
    assert ask(endpoint(api, max_body=len(OFFER) - 1)).status_code == 413
    assert ask(endpoint(api, max_body=len(OFFER))).status_code == 200
    chunks = [{"type": "http.request", "body": b"v" * 600, "more_body": True}] * 3
    scope = http_scope(
        headers=[
            (b"host", b"app.example.com"),
            (b"origin", ORIGIN.encode()),
            (b"content-type", SDP.encode()),
        ]
    )
    assert run(endpoint(api, max_body=1000), scope, Exchange(chunks)).status == 413
    assert len(api.requests) == 1


def test_a_body_that_never_ends_is_408(api: Recorder) -> None:
    scope = http_scope(
        headers=[
            (b"host", b"app.example.com"),
            (b"origin", ORIGIN.encode()),
            (b"content-type", SDP.encode()),
        ]
    )
    trickle = Exchange([{"type": "http.request", "body": b"v=0\r\n", "more_body": True}], hang=True)
    assert run(endpoint(api, body_timeout=0.05), scope, trickle).status == 408
    assert api.requests == []


def test_a_long_offer_is_checked_off_the_event_loop(
    api: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import realtime_ext.asgi._live_offer as module

    threads: list[object] = []
    real = asyncio.to_thread

    async def noting(function: Any, *args: Any) -> Any:
        threads.append(function)
        return await real(function, *args)

    monkeypatch.setattr(module.asyncio, "to_thread", noting)
    monkeypatch.setattr(module, "OFF_LOOP_SDP_LENGTH", len(OFFER) - 1)
    assert ask(endpoint(api)).status_code == 200
    assert module.check_offer in threads


# -- rate limits -----------------------------------------------------------------------------
def test_each_client_gets_its_limit_counted_before_the_session(api: Recorder) -> None:
    decided: list[str] = []

    def session(request: OfferRequest) -> dict[str, object]:
        decided.append(request.header("x-user") or "")
        return SESSION

    app = endpoint(
        api,
        session,
        rate_limit="2/minute",
        rate_key=lambda request: request.header("x-user") or "anonymous",
    )

    async def scenario() -> list[int]:
        answers = [await post(app, **{"X-User": "ada"}) for _ in range(3)]
        answers.append(await post(app, **{"X-User": "bob"}))
        assert 0 < int(answers[2].headers["retry-after"]) <= 60
        return [a.status_code for a in answers]

    assert asyncio.run(scenario()) == [200, 200, 429, 200]
    assert decided == ["ada", "ada", "bob"]  # the refused one never reached the session
    assert len(api.requests) == 3


def test_a_rate_key_that_returns_no_str_is_a_500(api: Recorder) -> None:
    app = endpoint(api, rate_limit="5/minute", rate_key=lambda request: 42)  # type: ignore[arg-type,return-value]
    assert ask(app).status_code == 500
    assert api.requests == []


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


def test_two_workers_sharing_redis_count_one_limit(api: Recorder, redis_url: str) -> None:
    async def scenario() -> list[int]:
        # Two endpoints (as two worker processes would hold), one count on one Redis.
        stores = [RedisStore(redis_url, prefix=f"live-offer-{socket.gethostname()}") for _ in "ab"]
        await stores[0].redis.flushdb()
        workers = [endpoint(api, rate_limit="3/minute", store=store) for store in stores]
        codes = [(await post(workers[n % 2])).status_code for n in range(5)]
        for store in stores:
            await store.aclose()
        return codes

    assert asyncio.run(scenario()) == [200, 200, 200, 429, 429]
    assert len(api.requests) == 3


def test_no_session_is_created_uncounted_when_redis_is_down(api: Recorder) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again below: nothing listens there

    async def scenario() -> httpx.Response:
        down = RedisStore(f"redis://127.0.0.1:{port}/0")
        answer = await post(endpoint(api, rate_limit="5/minute", store=down))
        await down.aclose()
        return answer

    answer = asyncio.run(scenario())
    assert answer.status_code == 503 and answer.headers["retry-after"] == "5"
    assert api.requests == []


# -- startup checks --------------------------------------------------------------------------
def test_a_blocking_client_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="AsyncRealtimeClient"):
        live_offer_endpoint(
            SESSION,
            allowed_origins=[ORIGIN],
            client=RealtimeClient(api_key="sk-unit-0123456789"),  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    ("session", "error", "match"),
    [
        ({"model": "gpt-live-1", "instrucions": "x"}, SessionConfigError, "instrucions"),
        (
            {"model": "gpt-live-1", "audio": {"format": {"type": "audio/pcm"}}},
            SessionConfigError,
            "audio.format",
        ),
        ({"instructions": "no model"}, SessionConfigError, "session.model: is required"),
        ("gpt-live-1", InvalidArgumentError, "session must be"),
    ],
)
def test_a_fixed_session_with_a_mistake_fails_at_startup(
    session: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        live_offer_endpoint(
            session, allowed_origins=[ORIGIN], client=AsyncRealtimeClient(api_key="sk-unit-0123")
        )


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"allowed_origins": "https://app.example.com"}, "put it in a list"),
        ({"allowed_origins": []}, "allowed_origins is empty"),
        ({"max_body": 0}, "max_body"),
        ({"body_timeout": -1}, "body_timeout"),
        ({"rate_limit": "lots"}, "rate_limit"),
        ({"rate_key": "x-user"}, "taking the OfferRequest"),
        ({"store": {}}, "store must be a Store"),
        ({"on_session": "live_u0"}, "on_session must be a callable"),
    ],
)
def test_bad_options_are_refused(options: dict[str, Any], match: str) -> None:
    with pytest.raises(InvalidArgumentError, match=match):
        live_offer_endpoint(
            SESSION,
            **{"allowed_origins": [ORIGIN], **options},
            client=AsyncRealtimeClient(api_key="sk-unit-0123"),
        )


def test_offer_refused_takes_only_4xx_and_requests_hide_what_they_carry() -> None:
    with pytest.raises(InvalidArgumentError, match="OfferRefused status must be 4xx"):
        OfferRefused(500)
    scope = http_scope(headers=[(b"authorization", b"Bearer app-secret")])
    assert repr(OfferRequest(scope, OFFER)) == "OfferRequest(path='/')"

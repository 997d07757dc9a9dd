"""The ASGI endpoints driven directly (no server): protocol corners, slow and oversized
bodies, configuration errors, and the Origin/Host guard fuzzed."""

from __future__ import annotations

import ast
import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import realtime_ext.asgi
from realtime_ext import (
    AsyncRealtimeClient,
    InvalidArgumentError,
    RealtimeClient,
    SessionConfigError,
)
from realtime_ext.asgi import (
    RetryLater,
    SiteGuard,
    TokenRefused,
    token_endpoint,
    webhook_endpoint,
)
from realtime_ext.webhooks import sign, verify
from tests.webhooks._data import SECRET, call_incoming_json

ORIGIN = "https://app.example.com"
SESSION = {"type": "realtime"}


class Exchange:
    """One ASGI call: scripted receive messages, recorded sends."""

    def __init__(self, messages: list[dict[str, Any]], *, hang: bool = False) -> None:
        self.messages = list(messages)
        self.hang = hang
        self.sent: list[dict[str, Any]] = []

    async def receive(self) -> dict[str, Any]:
        if self.messages:
            return self.messages.pop(0)
        if self.hang:
            await asyncio.Event().wait()  # a client that never sends the rest
        return {"type": "http.disconnect"}

    async def send(self, message: Any) -> None:
        self.sent.append(dict(message))

    @property
    def status(self) -> int:
        return int(self.sent[0]["status"])


def http_scope(method: str = "POST", headers: list[tuple[bytes, bytes]] | None = None) -> Any:
    return {
        "type": "http",
        "method": method,
        "path": "/",
        "query_string": b"",
        "headers": headers or [],
    }


PAGE_HEADERS = [(b"host", b"app.example.com"), (b"origin", ORIGIN.encode())]


def fake_client() -> AsyncRealtimeClient:
    return AsyncRealtimeClient(api_key="sk-unit-0123456789", base_url="http://127.0.0.1:9")


async def noop(event: object) -> None:
    return None


def run(app: Any, scope: Any, exchange: Exchange) -> Exchange:
    asyncio.run(app(scope, exchange.receive, exchange.send))
    return exchange


# -- protocol ------------------------------------------------------------------------------
@pytest.mark.parametrize("make", ["token", "webhook"])
def test_lifespan_is_acknowledged_and_websockets_closed(make: str) -> None:
    app: Any = (
        token_endpoint(SESSION, allowed_origins=[ORIGIN], client=fake_client())
        if make == "token"
        else webhook_endpoint(noop, secret=SECRET)
    )
    lifespan = run(
        app,
        {"type": "lifespan"},
        Exchange([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]),
    )
    assert [m["type"] for m in lifespan.sent] == [
        "lifespan.startup.complete",
        "lifespan.shutdown.complete",
    ]
    socket = run(app, {"type": "websocket", "headers": []}, Exchange([]))
    assert socket.sent == [{"type": "websocket.close", "code": 1008}]


def test_a_body_that_never_ends_is_answered_408() -> None:
    app = webhook_endpoint(noop, secret=SECRET, body_timeout=0.05)
    done = run(
        app,
        http_scope(),
        Exchange([{"type": "http.request", "body": b"{", "more_body": True}], hang=True),
    )
    assert done.status == 408


def test_a_chunked_body_is_counted_against_the_cap() -> None:
    app = webhook_endpoint(noop, secret=SECRET, max_body=10)
    chunks = [{"type": "http.request", "body": b"x" * 6, "more_body": True}] * 3
    assert run(app, http_scope(), Exchange(chunks)).status == 413


@pytest.mark.parametrize("length", [b"abc", b"-1", b"99999999999"])
def test_content_length_is_checked_before_reading(length: bytes) -> None:
    app = token_endpoint(SESSION, allowed_origins=[ORIGIN], client=fake_client())
    scope = http_scope(headers=[*PAGE_HEADERS, (b"content-length", length)])
    assert run(app, scope, Exchange([])).status in (400, 413)


@pytest.mark.parametrize("body", [b'{"speed": NaN}', b'{"speed": Infinity}', b"[-Infinity]"])
def test_a_body_with_nan_is_not_json(body: bytes) -> None:
    # json.loads takes NaN and Infinity; the API and a browser's JSON.stringify do not.
    asked: list[object] = []

    def session(request: Any) -> dict[str, object]:
        asked.append(request.body)
        return SESSION

    app = token_endpoint(session, allowed_origins=[ORIGIN], client=fake_client())
    scope = http_scope(headers=[*PAGE_HEADERS, (b"content-type", b"application/json")])
    done = run(app, scope, Exchange([{"type": "http.request", "body": body}]))
    assert done.status == 400
    assert json.loads(done.sent[1]["body"]) == {"error": "the body is not valid JSON"}
    assert asked == []


def test_a_client_that_goes_away_gets_no_key() -> None:
    app = token_endpoint(SESSION, allowed_origins=[ORIGIN], client=fake_client())
    assert run(app, http_scope(headers=PAGE_HEADERS), Exchange([])).status == 400


# -- redeliveries --------------------------------------------------------------------------
def signed_delivery(call_id: str = "rtc_unit") -> tuple[Any, list[dict[str, Any]]]:
    body = call_incoming_json(call_id=call_id)
    headers = sign(body, SECRET)
    raw = [(k.encode(), v.encode()) for k, v in headers.items()]
    return http_scope(headers=raw), [{"type": "http.request", "body": body.encode()}]


def test_a_redelivery_during_its_handling_is_409_then_acknowledged() -> None:
    # OpenAI sends a delivery again when the first answer is late: it is not handled twice
    # at once (409, retried later), and once handled, a redelivery is a 2xx.
    started, finish = asyncio.Event(), asyncio.Event()
    handled: list[object] = []

    async def slow(event: object) -> None:
        handled.append(event)
        started.set()
        await finish.wait()

    app = webhook_endpoint(slow, secret=SECRET)
    scope, messages = signed_delivery()

    async def scenario() -> tuple[Exchange, Exchange, Exchange]:
        first = Exchange(list(messages))
        task = asyncio.create_task(app(scope, first.receive, first.send))
        await started.wait()
        during = Exchange(list(messages))
        await app(scope, during.receive, during.send)
        finish.set()
        await task
        after = Exchange(list(messages))
        await app(scope, after.receive, after.send)
        return first, during, after

    first, during, after = asyncio.run(scenario())
    assert (first.status, during.status, after.status) == (200, 409, 200)
    assert (b"retry-after", b"5") in during.sent[0]["headers"]
    assert json.loads(after.sent[1]["body"]) == {
        "received": "realtime.call.incoming",
        "duplicate": True,
    }
    assert len(handled) == 1


def _blocking_on(call_id: str) -> tuple[Any, asyncio.Event, asyncio.Event, list[str]]:
    """A handler that holds ``call_id``'s delivery until ``finish`` is set (a second one
    returns at once, so a wrong handling fails the test rather than hanging it); the others
    return."""
    started, finish = asyncio.Event(), asyncio.Event()
    handled: list[str] = []

    async def handler(event: Any) -> None:
        handled.append(event.call_id)
        if event.call_id == call_id and not started.is_set():
            started.set()
            await finish.wait()

    return handler, started, finish, handled


def test_a_running_delivery_is_not_forgotten_when_the_list_fills() -> None:
    # remember=2: one delivery held, two more handled meanwhile. Handled ids make room; the
    # running one stays, so its redelivery is 409, not handled a second time at once (the
    # list dropped its oldest id, running or not, and the call would be accepted twice).
    handler, started, finish, handled = _blocking_on("rtc_slow")

    async def scenario() -> list[int]:
        app = webhook_endpoint(handler, secret=SECRET, remember=2)
        slow_scope, slow_messages = signed_delivery("rtc_slow")
        first = Exchange(list(slow_messages))
        task = asyncio.create_task(app(slow_scope, first.receive, first.send))
        await started.wait()
        statuses = []
        for call_id in ("rtc_b", "rtc_c"):
            scope, messages = signed_delivery(call_id)
            done = Exchange(list(messages))
            await app(scope, done.receive, done.send)
            statuses.append(done.status)
        again = Exchange(list(slow_messages))
        await app(slow_scope, again.receive, again.send)
        statuses.append(again.status)
        finish.set()
        await task
        statuses.append(first.status)
        return statuses

    assert asyncio.run(scenario()) == [200, 200, 409, 200]
    assert handled == ["rtc_slow", "rtc_b", "rtc_c"]


def test_a_delivery_that_finds_every_slot_running_is_503_and_handled_on_retry() -> None:
    handler, started, finish, handled = _blocking_on("rtc_slow")

    async def scenario() -> tuple[Exchange, Exchange]:
        app = webhook_endpoint(handler, secret=SECRET, remember=1)
        slow_scope, slow_messages = signed_delivery("rtc_slow")
        first = Exchange(list(slow_messages))
        task = asyncio.create_task(app(slow_scope, first.receive, first.send))
        await started.wait()
        scope, messages = signed_delivery("rtc_other")
        turned_away = Exchange(list(messages))
        await app(scope, turned_away.receive, turned_away.send)
        finish.set()
        await task
        retried = Exchange(list(messages))
        await app(scope, retried.receive, retried.send)
        return turned_away, retried

    turned_away, retried = asyncio.run(scenario())
    assert turned_away.status == 503
    assert (b"retry-after", b"5") in turned_away.sent[0]["headers"]
    assert retried.status == 200
    assert handled == ["rtc_slow", "rtc_other"]


def test_a_cancelled_handling_is_handled_again_on_redelivery() -> None:
    # A handler cancelled mid-way (the server shutting down) did not handle the event: the
    # redelivery is handled, not refused as in progress or acknowledged unhandled.
    calls: list[object] = []

    async def hangs_first(event: object) -> None:
        calls.append(event)
        if len(calls) == 1:
            await asyncio.Event().wait()

    app = webhook_endpoint(hangs_first, secret=SECRET)
    scope, messages = signed_delivery()

    async def scenario() -> Exchange:
        first = Exchange(list(messages))
        task = asyncio.create_task(app(scope, first.receive, first.send))
        while not calls:
            await asyncio.sleep(0)  # one loop turn at a time: no timing involved
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        again = Exchange(list(messages))
        await app(scope, again.receive, again.send)
        return again

    again = asyncio.run(scenario())
    assert again.status == 200 and len(calls) == 2
    assert json.loads(again.sent[1]["body"]) == {"received": "realtime.call.incoming"}


def test_a_handler_asking_to_retry_later_gets_409_and_the_retry_is_handled(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # RetryLater (a call being accepted by another worker): 409 with Retry-After, its claim
    # released so the retry is handled, and no traceback logged: nothing failed.
    calls: list[object] = []

    async def busy_first(event: object) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RetryLater("being handled by another worker")

    app = webhook_endpoint(busy_first, secret=SECRET)
    scope, messages = signed_delivery()
    with caplog.at_level(logging.INFO, "realtime_ext"):
        refused = run(app, scope, Exchange(list(messages)))
    assert refused.status == 409 and (b"retry-after", b"5") in refused.sent[0]["headers"]
    assert b"being handled by another worker" in refused.sent[1]["body"]
    assert "delivered again later" in caplog.text and "Traceback" not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    again = run(app, scope, Exchange(list(messages)))
    assert again.status == 200 and len(calls) == 2


# -- configuration -------------------------------------------------------------------------
def test_a_blocking_client_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="AsyncRealtimeClient"):
        token_endpoint(
            {},
            allowed_origins=[ORIGIN],
            client=RealtimeClient(api_key="sk-unit-0123456789"),  # type: ignore[arg-type]
        )


@pytest.mark.parametrize("tolerance", [-1, 1.5, True, "300"])
def test_a_bad_tolerance_is_refused_as_verify_refuses_it(tolerance: Any) -> None:
    message = r"tolerance must be a non-negative number of seconds, got "
    with pytest.raises(InvalidArgumentError, match=message):
        webhook_endpoint(noop, secret=SECRET, tolerance=tolerance)
    with pytest.raises(InvalidArgumentError, match=message):
        verify("{}", {}, secret=SECRET, tolerance=tolerance)


@pytest.mark.parametrize(
    "origins",
    [[], ["app.example.com"], ["https://app.example.com/path"], ["ftp://x"], ORIGIN],
)
def test_bad_origin_lists_are_refused(origins: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        token_endpoint(SESSION, allowed_origins=origins, client=fake_client())


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_body": -1},
        {"max_body": True},
        {"body_timeout": 0},
        {"body_timeout": "1"},
        {"allowed_hosts": "app.example.com"},
        {"allowed_hosts": [""]},
    ],
)
def test_bad_token_options_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        token_endpoint(SESSION, allowed_origins=[ORIGIN], client=fake_client(), **kwargs)


def test_a_session_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="session"):
        token_endpoint(42, allowed_origins=[ORIGIN], client=fake_client())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [{"max_body": 0}, {"remember": 0}, {"tolerance": -1}, {"body_timeout": -1}],
)
def test_bad_webhook_options_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        webhook_endpoint(noop, secret=SECRET, **kwargs)


def test_a_webhook_secret_passed_in_code_is_checked_at_once() -> None:
    from realtime_ext import WebhookConfigError, WebhookError

    with pytest.raises(WebhookConfigError) as caught:
        webhook_endpoint(noop, secret="whsec_not base64!!")
    assert not isinstance(caught.value, WebhookError)
    assert "not base64!!" not in str(caught.value)
    assert "whsec_" not in repr(webhook_endpoint(noop, secret=SECRET))


@pytest.mark.parametrize(
    ("session", "path"),
    [
        ({"type": "realtime", "instrucions": "Be brief."}, "session.instrucions"),
        ({"type": "realtime", "audio": {"output": {"speed": 3}}}, "session.audio.output.speed"),
        ({}, "session.type"),
    ],
)
def test_a_fixed_session_with_a_mistake_fails_at_startup(session: Any, path: str) -> None:
    # Checked once when the endpoint is made: not a 500 to every page that asks later.
    with pytest.raises(SessionConfigError) as caught:
        token_endpoint(session, allowed_origins=[ORIGIN], client=fake_client())
    assert caught.value.keyword == path


def test_token_refused_takes_only_4xx() -> None:
    with pytest.raises(InvalidArgumentError):
        TokenRefused(500, "no")


# -- the guard -----------------------------------------------------------------------------
def test_default_ports_and_case_do_not_matter() -> None:
    guard = SiteGuard(["HTTPS://App.Example.com:443", "http://localhost:8080"])
    assert guard.refusal("app.example.com", "https://app.example.com") is None
    assert guard.refusal("APP.example.com:443", "https://app.example.com:443/") is None
    assert guard.refusal("localhost:8080", "http://localhost:8080") is None
    assert guard.refusal("localhost", "http://localhost:8080") is not None
    assert guard.refusal("localhost:8080", "https://localhost:8080") is not None


@given(origin=st.text(max_size=60), host=st.text(max_size=40))
def test_no_other_origin_or_host_passes(origin: str, host: str) -> None:
    if SiteGuard([ORIGIN]).refusal(host, origin) is None:
        assert host.strip().lower().removesuffix(":443") == "app.example.com"
        assert origin.strip().lower().rstrip("/").removesuffix(":443") == ORIGIN


@pytest.mark.parametrize(
    "origin",
    [
        "https://user@app.example.com",
        "https://app.example.com?x",
        "https://app.example.com#x",
        "https://app.example.com/path",
        "https://app.example.com.evil.example",
        "http://app.example.com",
        "https://app.example.com:8443",
        "null",
    ],
)
def test_near_misses_are_refused(origin: str) -> None:
    assert SiteGuard([ORIGIN]).refusal("app.example.com", origin) is not None


@given(origin=st.from_regex(r"https?://[a-z0-9.\-]{1,20}(:[0-9]{1,5})?", fullmatch=True))
def test_generated_origins_pass_only_when_listed(origin: str) -> None:
    guard = SiteGuard([ORIGIN])
    allowed = origin in (ORIGIN, ORIGIN + ":443")
    assert guard.origin_allowed(origin) == allowed


# -- layering ------------------------------------------------------------------------------
def _import_roots(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name.split(".")[0] for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [node.module.split(".")[0]]
    return []


def test_the_endpoints_need_no_framework() -> None:
    # Optional extras (redis, limits) are imported only where they are used, inside the
    # functions of RedisStore and the rate limits, or for type checkers: importing
    # realtime_ext.asgi needs neither.
    package = Path(realtime_ext.asgi.__file__).parent
    allowed_roots = set(sys.stdlib_module_names) | {"realtime_ext"}
    extras = {"redis", "limits"}
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in tree.body:  # what importing the module runs
            assert set(_import_roots(node)) <= allowed_roots, (path.name, node.lineno)
        for node in ast.walk(tree):
            assert set(_import_roots(node)) <= allowed_roots | extras, (path.name, node)


async def test_a_service_runs_while_the_server_serves_and_stops_when_the_drain_starts() -> None:
    from realtime_ext.asgi import GracefulShutdown

    shutdown = GracefulShutdown(deadline=0.0, catch_signals=False)
    with pytest.raises(InvalidArgumentError, match="run must be an async function"):
        shutdown.add_service("watch")  # type: ignore[arg-type]
    started, stopped = asyncio.Event(), asyncio.Event()

    async def service() -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        finally:
            stopped.set()

    shutdown.add_service(service)
    await asyncio.sleep(0)
    assert not started.is_set()  # not before the server serves
    with shutdown.delivery("msg_1"):  # the first delivery, when no lifespan ran
        await asyncio.wait_for(started.wait(), 10)
    late: list[str] = []

    async def added_while_serving() -> None:
        late.append("started")

    shutdown.add_service(added_while_serving)
    await asyncio.sleep(0)
    assert late == ["started"]
    await shutdown.drain()
    await asyncio.wait_for(stopped.wait(), 10)  # cancelled: a draining worker starts nothing

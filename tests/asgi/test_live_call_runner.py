"""GPT-Live SIP calls through ``CallRunner`` (issue 65 item 2): the app chooses the API per
call (``answer_on``), the call is claimed under its SIP identity before the accept, a Live
call is accepted with ``client.live.sessions.accept``, its tool loop runs on
``client.live.sideband.connect``, and it ends by hang-up or by refer. Against the in-process
fake, whose caller speaks on the phone line (``live_caller_says``) and whose model answers
as scripted; the multi-worker tests share a real redis-server."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
from collections.abc import Awaitable, Callable, Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest
import redis

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, OpenAIError
from realtime_ext.asgi import (
    ASGIApp,
    CallApi,
    CallRunner,
    GracefulShutdown,
    IncomingCall,
    LiveCallStart,
    MemoryStore,
    RedisStore,
    RunningCall,
    current_call,
    webhook_endpoint,
)
from realtime_ext.asgi import _runner as runner_module
from realtime_ext.asgi._sip_call import sip_call_key
from realtime_ext.conversation import AsyncLiveConnection
from realtime_ext.events import LiveServerEvent
from realtime_ext.session import realtime_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import AsyncDelegationContext, LiveToolLoop, ToolRegistry
from realtime_ext.webhooks import (
    LiveCallIncomingEvent,
    LiveTransportIncomingEvent,
    RealtimeCallIncomingEvent,
    WebhookEvent,
    sign,
    unwrap,
)
from support.redis_server import redis_server
from support.waiting import async_until, until
from tests.asgi._serve import (
    deliver,
    listening_socket,
    live_incoming_bodies,
    noting_accepts,
    redelivered,
    served,
    url_of,
    uvicorn_workers,
    worker_env,
)
from tests.faults._proxy import Fault, FaultProxy
from tests.webhooks._data import SECRET

ROOT = Path(__file__).resolve().parents[2]
WAIT = 10.0  # seconds a step may take before the test fails (never slept)
INVITE = (("From", '"Ada" <sip:+14155550123@example.com>;tag=1'), ("Call-ID", "a84b@pc33"))
LIVE = {"model": "gpt-live-1", "instructions": "You answer the phone for Example Inc."}
REALTIME = realtime_session(model="gpt-realtime", instructions="You answer the phone.")


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


def ring(
    fake: FakeRealtimeServer, headers: tuple[tuple[str, str], ...] = INVITE
) -> tuple[LiveTransportIncomingEvent, RealtimeCallIncomingEvent]:
    """A SIP call rings on both APIs: its two announcements, as the endpoint types them."""
    session_id, call_id = fake.live_call_incoming(sip_headers=headers)
    events: list[WebhookEvent] = []
    for body in live_incoming_bodies(session_id, call_id, headers, "srtp"):
        payload = json.dumps(body)
        events.append(unwrap(payload, sign(payload, SECRET), secret=SECRET))
    live, realtime = events
    assert isinstance(live, LiveTransportIncomingEvent)
    assert isinstance(realtime, RealtimeCallIncomingEvent)
    return live, realtime


def rung(fake: FakeRealtimeServer, api: CallApi, sip_call_id: str) -> tuple[IncomingCall, Any]:
    """A SIP call rung on both APIs, to be answered on ``api``: its announcement there, and
    the runner's keywords for that API's session."""
    invite = (("From", f"<sip:+14155550123@example.com>;tag={api}"), ("Call-ID", sip_call_id))
    live, realtime = ring(fake, invite)
    if api == "live":
        return live, {"live_session": LIVE}
    return realtime, {"session": REALTIME}


def live_actions(fake: FakeRealtimeServer, session_id: str) -> list[str]:
    return [str(event["action"]) for event in fake.live_sessions.entries[session_id].events]


def desk(seen: list[str]) -> ToolRegistry:
    """The agent's one tool, which answers GPT-Live's client delegations: it hears what the
    caller asked, and hangs up after the goodbye when they are done."""
    tools = ToolRegistry()

    @tools.register
    def front_desk(request: str) -> str:
        """Answer what the caller asks."""
        call = current_call()
        seen.append(f"{call.api} {call.call_id}: {request}")
        if "bye" in request.lower():
            call.hang_up()
            return "Goodbye, Ada!"
        return "Your order shipped on Monday."

    return tools


def noting_speech(said: list[str]) -> LiveCallStart:
    """An ``on_live_start`` that notes the model's words (its transcript) in ``said``."""

    async def on_live_start(call: RunningCall, conn: AsyncLiveConnection) -> None:
        @conn.on("session.output_transcript.delta")
        def heard(event: LiveServerEvent) -> None:
            if event.type == "session.output_transcript.delta":
                said.append(event.delta)

    return on_live_start


async def test_a_live_call_is_answered_end_to_end(fake: FakeRealtimeServer) -> None:
    live, realtime = ring(fake)
    seen: list[str] = []
    said: list[str] = []
    on_live_start = noting_speech(said)

    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(
            client, live_session=LIVE, tools=desk(seen), on_live_start=on_live_start
        )
        assert await runner.answer(realtime) is None  # Realtime's announcement: not its API
        call = await runner.answer(live)
        assert call is not None and (call.api, call.call_id) == ("live", live.session_id)
        assert live_actions(fake, live.session_id) == ["accept"]
        await async_until(lambda: call.live_connection is not None, "the sideband", WAIT)

        # The caller speaks; the model answers in its own words.
        fake.script.next_response(text="Hello Ada, how can I help?")
        fake.live_caller_says(live.session_id, "Hi, this is Ada.")
        await async_until(lambda: "help?" in "".join(said), "the model's answer", WAIT)

        # The caller asks what the model delegates: the tool answers, the model says it.
        fake.script.next_response(function_call=("front_desk", {}))
        fake.live_caller_says(live.session_id, "Where is my order?")
        await async_until(lambda: "Monday." in "".join(said), "the tool's answer", WAIT)
        # The tool hears the caller's words since the last delegation (client delegation
        # carries no task text).
        assert len(seen) == 1 and seen[0].startswith(f"live {live.session_id}: Hi, this is Ada.")
        assert seen[0].endswith("Where is my order?")

        # The caller says goodbye: the tool hangs up after the model's goodbye.
        fake.script.next_response(function_call=("front_desk", {}))
        fake.live_caller_says(live.session_id, "That is all, bye.")
        await asyncio.wait_for(call.ended(), WAIT)
        assert "Ada!" in "".join(said)
    assert fake.live_sessions.entries[live.session_id].state == "ended"
    assert fake.calls[realtime.call_id].state == "claimed"  # Realtime would refuse it now


def test_answer_on_is_checked() -> None:
    client = AsyncRealtimeClient(api_key="sk-test")
    with pytest.raises(InvalidArgumentError, match="answer_on must be 'realtime', 'live'"):
        CallRunner(client, live_session=LIVE, answer_on="gpt-live")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="give live_session= too"):
        CallRunner(client, answer_on="live")
    with pytest.raises(InvalidArgumentError, match="say which API answers"):
        CallRunner(client, session=REALTIME, live_session=LIVE)
    with pytest.raises(InvalidArgumentError, match="session= is never used"):
        CallRunner(client, session=REALTIME, live_session=LIVE, answer_on="live")
    with pytest.raises(InvalidArgumentError, match="live_session= is never used"):
        CallRunner(client, live_session=LIVE, answer_on="realtime")
    with pytest.raises(InvalidArgumentError, match="live_session needs a model"):
        CallRunner(client, live_session={"instructions": "Hi"})
    with pytest.raises(InvalidArgumentError, match="live_session must be a dict"):
        CallRunner(client, live_session="gpt-live-1")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="on_live_start must be an async function"):
        CallRunner(client, live_session=LIVE, on_live_start="x")  # type: ignore[arg-type]


async def test_a_chooser_returning_neither_api_is_an_error(fake: FakeRealtimeServer) -> None:
    live, _ = ring(fake, (("Call-ID", "neither@pc33"),))

    def confused(call: IncomingCall) -> Any:
        return "both"

    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, session=REALTIME, live_session=LIVE, answer_on=confused)
        with pytest.raises(InvalidArgumentError, match="answer_on returned 'both'"):
            await runner.answer(live)
    assert live_actions(fake, live.session_id) == []  # nothing went on the wire


def by_caller(call: IncomingCall) -> CallApi:
    """The app's choice: Ada's calls on GPT-Live, everyone else's on Realtime."""
    return "live" if call.caller == "sip:+14155550123@example.com" else "realtime"


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.mark.parametrize(
    ("caller", "chosen"),
    [("sip:+14155550123@example.com", "live"), ("sip:+14155550987@example.com", "realtime")],
)
def test_two_served_workers_get_both_webhooks_twice_and_accept_once_on_the_chosen_api(
    fake: FakeRealtimeServer, redis_url: str, caller: str, chosen: CallApi
) -> None:
    # The fake rings one SIP call on both APIs and POSTs GPT-Live's live.transport.incoming,
    # then Realtime's realtime.call.incoming, to worker one; each reaches each worker twice
    # more (another subscription, a redelivery). The app chooses by caller: one accept in
    # all, on the chosen API, every delivery answered 200.
    sent: list[str] = []  # every accept request either worker sent
    shutdowns: list[GracefulShutdown] = []

    def worker() -> tuple[ASGIApp, Callable[[], Awaitable[None]]]:
        """A worker's app, and what closes its store's connections on its own loop."""
        client = noting_accepts(fake.base_url, sent)
        store = RedisStore(redis_url, prefix=f"live-workers-{chosen}")
        shutdown = GracefulShutdown(deadline=0.0, catch_signals=False)
        shutdowns.append(shutdown)
        runner = CallRunner(
            client,
            session=REALTIME,
            live_session=LIVE,
            answer_on=by_caller,
            greet=False,
            store=store,
            shutdown=shutdown,
        )
        return webhook_endpoint(runner, secret=SECRET, store=store, shutdown=shutdown), store.aclose

    invite = (("From", f"<{caller}>;tag=7"), ("Call-ID", f"{chosen}@pc33"))
    (app_one, close_one), (app_two, close_two) = worker(), worker()
    with (
        served(app_one, closing=close_one) as one,
        served(app_two, closing=close_two) as two,
        httpx.Client(timeout=WAIT) as http,
    ):
        before = len(fake.webhook_deliveries)
        session_id, call_id = fake.live_call_incoming(f"{one}/", SECRET, sip_headers=invite)
        until(
            lambda: [d.status for d in fake.webhook_deliveries[before:]] == [200, 200],
            "both webhooks answered",
            WAIT,
        )
        bodies = [d.body for d in fake.webhook_deliveries[before:]]
        assert [b["type"] for b in bodies] == ["live.transport.incoming", "realtime.call.incoming"]
        for url in (one, two):
            for body in bodies:
                payload = json.dumps(body)
                answer = http.post(f"{url}/", content=payload, headers=sign(payload, SECRET))
                assert answer.status_code == 200, answer.text
        if chosen == "live":
            assert sent == [f"/v1/live/sessions/{session_id}/accept"]
            assert live_actions(fake, session_id) == ["accept"]
            observers = fake.live_sessions.entries[session_id].live.observers
            until(lambda: len(observers) == 1, "the Live sideband", WAIT)
        else:
            assert sent == [f"/v1/realtime/calls/{call_id}/accept"]
            assert fake.calls[call_id].state == "accepted"
            until(lambda: fake.call_session(call_id).channels == 1, "the sideband", WAIT)
        assert sum(len(s.live("call")) for s in shutdowns) == 1  # one worker runs the call
    # The servers stopped: the drain of the worker running the call (no deadline) hung it up.
    if chosen == "live":
        assert fake.live_sessions.entries[session_id].state == "ended"
    else:
        assert fake.calls[call_id].state == "ended"
    assert len(sent) == 1


async def test_a_tool_transfers_a_live_call_and_the_runner_leaves_it(
    fake: FakeRealtimeServer,
) -> None:
    live, _ = ring(fake, (("From", "<sip:+14155550123@example.com>"), ("Call-ID", "refer@pc33")))
    tools = ToolRegistry()

    @tools.register
    async def to_sales(request: str) -> str:
        """Put the caller through to the sales team."""
        with pytest.raises(InvalidArgumentError, match="target_uri"):
            await current_call().refer("https://sales.example.com")  # refused before the wire
        await current_call().refer("tel:+14155550199")
        return "Transferring you to sales."

    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, live_session=LIVE, tools=tools)
        call = await runner.answer(live)
        assert call is not None
        await async_until(lambda: call.live_connection is not None, "the sideband", WAIT)
        fake.script.next_response(function_call=("to_sales", {}))
        fake.live_caller_says(live.session_id, "I want to buy a boat.")
        await asyncio.wait_for(call.ended(), WAIT)
    # Transferred: the call is the target's now, not hung up.
    assert live_actions(fake, live.session_id) == ["accept", "refer"]
    assert fake.live_sessions.entries[live.session_id].events[1]["target_uri"] == (
        "tel:+14155550199"
    )
    assert fake.live_sessions.entries[live.session_id].state == "referred"


class Killed(NamedTuple):
    """A SIP call whose accepting worker was killed mid-accept, and the worker left."""

    session_id: str
    call_id: str
    live_body: dict[str, Any]
    realtime_body: dict[str, Any]
    other: str
    """The surviving worker's URL."""
    prefix: str
    """The workers' store's key prefix."""


def kill_mid_request(
    held: socket.socket, api_url: str | None, worker: subprocess.Popen[bytes]
) -> str:
    """Take the one request ``worker`` sends to ``held`` (its API); pass it on to the API at
    ``api_url``, which carries it out (``None``: it never reaches the API), and SIGKILL the
    worker while the request is open (it never hears an answer). Returns the request's
    path."""
    held.settimeout(WAIT)
    request, _ = held.accept()
    with request:
        data = b""
        while b"\r\n\r\n" not in data:
            data += request.recv(65536)
        head, _, body = data.partition(b"\r\n\r\n")
        first, *lines = head.decode("latin-1").split("\r\n")
        method, path, _ = first.split(" ")
        if api_url is not None:
            headers = {k.lower(): v for k, v in (line.split(": ", 1) for line in lines)}
            while len(body) < int(headers.get("content-length", "0")):
                body += request.recv(65536)
            kept = {k: headers[k] for k in ("authorization", "content-type") if k in headers}
            url = f"{api_url.removesuffix('/v1')}{path}"
            answer = httpx.request(method, url, content=body, headers=kept, timeout=WAIT)
            assert answer.status_code == 200, answer.text
        os.killpg(worker.pid, signal.SIGKILL)  # before the request's socket closes
    return path


@contextlib.contextmanager
def killed_mid_accept(
    fake: FakeRealtimeServer, redis_url: str, sip_call_id: str, *, reached_api: bool
) -> Generator[Killed]:
    """A SIP call rings; of two uvicorn workers sharing Redis, the first gets its GPT-Live
    announcement, claims it and sends the accept (which reaches the API, or not), and is
    SIGKILLed before it hears the answer. The block runs with the other worker serving."""
    invite = (("From", "<sip:+14155550123@example.com>;tag=9"), ("Call-ID", sip_call_id))
    session_id, call_id = fake.live_call_incoming(sip_headers=invite)
    live_body, realtime_body = live_incoming_bodies(session_id, call_id, invite, "srtp")
    # A store of this call's own: a call an earlier test's workers were stopped in the middle
    # of (between its end and its unlisting) stays listed in the module's Redis, and a worker
    # sharing its keys would take it over, attaching through the held socket before accepting.
    prefix = f"live-killed-{secrets.token_hex(8)}"
    env = {**worker_env(redis_url), "TEST_PREFIX": prefix}
    with listening_socket() as held:  # the first worker's API: the test holds its accept
        doomed_env = {**env, "TEST_API_URL": f"{url_of(held)}/v1"}
        working = {**env, "TEST_API_URL": fake.base_url}
        with uvicorn_workers(doomed_env, working) as [(doomed, victim), (other, _)]:
            with ThreadPoolExecutor(1) as pool:
                cut = pool.submit(deliver, doomed, live_body)
                path = kill_mid_request(held, fake.base_url if reached_api else None, victim)
                assert path == f"/v1/live/sessions/{session_id}/accept"
                with pytest.raises(httpx.TransportError):
                    cut.result()  # no answer: OpenAI delivers it again
            victim.wait(WAIT)
            yield Killed(session_id, call_id, live_body, realtime_body, other, prefix)


@pytest.mark.once(
    reason="uvicorn processes and a real redis-server; the runner's code is the "
    "same on every interpreter, and its claims and takeover are tested in-process"
)
@pytest.mark.parametrize("reached_api", [False, True], ids=["accept-lost", "accept-carried-out"])
def test_a_worker_killed_mid_accept_leaves_the_live_call_to_another_worker(
    fake: FakeRealtimeServer, redis_url: str, reached_api: bool
) -> None:
    # The retry reaches the other worker: refused while the dead worker's claims hold, then
    # taken over. An accept that never reached the API is sent again; one that was carried
    # out is refused (the call is accepted already) and the other worker attaches to the
    # call by its sideband instead. Either way one accept, and the call runs there: its
    # tool answers the caller (and hangs up).
    sip_call_id = f"killed-{reached_api}@pc33"
    with (
        contextlib.ExitStack() as stack,
        killed_mid_accept(fake, redis_url, sip_call_id, reached_api=reached_api) as killed,
    ):
        session_id, other = killed.session_id, killed.other
        entry = fake.live_sessions.entries[session_id]
        assert live_actions(fake, session_id) == (["accept"] if reached_api else [])
        redelivered(other, killed.live_body)
        assert live_actions(fake, session_id) == ["accept"]
        until(lambda: len(entry.live.observers) == 1, "the other worker's sideband", WAIT)
        # Realtime's announcement, and a copy of Live's: acknowledged, nothing more.
        assert deliver(other, killed.realtime_body).status_code == 200
        assert deliver(other, {**killed.live_body, "id": "evt_copy"}).status_code == 200
        assert fake.calls[killed.call_id].state == "claimed"
        assert len(entry.live.observers) == 1
        db = stack.enter_context(redis.Redis.from_url(redis_url))
        calls = f"{{{killed.prefix}}}:calls"
        assert db.zcard(calls) == 1  # listed while it runs, for a takeover
        fake.script.next_response(function_call=("front_desk", {"request": "Bye!"}))
        fake.live_caller_says(session_id, "That is all, bye!")
        until(lambda: entry.state == "ended", "the tool's goodbye and hang-up", WAIT)
        assert live_actions(fake, session_id) == ["accept"]
        assert not entry.live.delegations.open  # the delegation was answered
        until(lambda: db.zcard(calls) == 0, "the call to be forgotten once over", WAIT)


async def test_a_responses_backend_calls_the_registrys_tools_by_name(
    fake: FakeRealtimeServer,
) -> None:
    # Under Responses delegation the backend model calls any tool of the registry: the
    # runner lists them in the accept's delegation.responses.tools, the app's own first.
    live, _ = ring(fake, (("From", "<sip:+14155550123@example.com>"), ("Call-ID", "resp@pc33")))
    seen: list[str] = []
    tools = desk(seen)

    @tools.register
    def opening_hours() -> str:
        """When the shop is open."""
        seen.append("opening_hours")
        return "Nine to five."

    own = {"type": "function", "name": "front_desk", "description": "The app's own listing."}
    session: dict[str, Any] = {
        **LIVE,
        "delegation": {"type": "responses", "responses": {"model": "gpt-5.5", "tools": [own]}},
    }
    said: list[str] = []
    on_live_start = noting_speech(said)

    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, live_session=session, tools=tools, on_live_start=on_live_start)
        call = await runner.answer(live)
        assert call is not None
        accepted = fake.live_sessions.entries[live.session_id].events[0]["session"]
        listed = accepted["delegation"]["responses"]["tools"]
        assert [t["name"] for t in listed] == ["front_desk", "opening_hours"]
        assert listed[0] == own  # the app's listing of a tool is kept as it is
        assert "tools" not in LIVE and session["delegation"]["responses"]["tools"] == [own]
        await async_until(lambda: call.live_connection is not None, "the sideband", WAIT)
        fake.script.next_response(function_call=("opening_hours", {}))
        fake.live_caller_says(live.session_id, "When are you open?")
        await async_until(lambda: seen == ["opening_hours"], "the backend's tool call", WAIT)
        await async_until(lambda: bool(said), "the model's answer", WAIT)
        call.hang_up()
        fake.live_caller_says(live.session_id, "Thanks.")
        await asyncio.wait_for(call.ended(), WAIT)


async def test_the_deprecated_live_call_incoming_is_answered_as_live_transport_incoming(
    fake: FakeRealtimeServer,
) -> None:
    # An app still subscribed to live.call.incoming (during a migration) gets the call too.
    invite = (("From", "<sip:+14155550123@example.com>"), ("Call-ID", "old@pc33"))
    session_id, _ = fake.live_call_incoming(sip_headers=invite)
    body: dict[str, Any] = live_incoming_bodies(session_id, "rtc_unused", invite, None)[0]
    body["type"] = "live.call.incoming"
    del body["data"]["type"]
    payload = json.dumps(body)
    event = unwrap(payload, sign(payload, SECRET), secret=SECRET)
    assert isinstance(event, LiveCallIncomingEvent)
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        shutdown = GracefulShutdown(deadline=0.0, catch_signals=False)
        runner = CallRunner(client, live_session=LIVE, shutdown=shutdown)
        call = await runner.answer(event)
        assert call is not None and (call.api, call.call_id) == ("live", session_id)
        assert live_actions(fake, session_id) == ["accept"]
        assert await shutdown.drain() == [f"call {session_id}"]  # the server stops: cut
        await asyncio.wait_for(call.ended(), WAIT)
    assert fake.live_sessions.entries[session_id].state == "ended"  # and hung up


async def test_a_tool_transfers_a_realtime_call_the_same_way(fake: FakeRealtimeServer) -> None:
    _, realtime = ring(fake, (("From", "<sip:+14155550987@example.com>"), ("Call-ID", "rt@pc33")))
    tools = ToolRegistry()

    @tools.register
    async def to_sales() -> str:
        """Put the caller through to the sales team."""
        await current_call().refer("sip:sales@example.com")
        return "Transferring you to sales."

    # The greeting's reply calls the tool; the reply after its output is the last one.
    fake.script.next_response(function_call=("to_sales", {}))
    fake.script.next_response(text="One moment, transferring you.")
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, session=REALTIME, tools=tools)
        call = await runner.answer(realtime)
        assert call is not None and call.api == "realtime"
        await asyncio.wait_for(call.ended(), WAIT)
    assert [action for action, _ in fake.calls[realtime.call_id].actions] == ["accept", "refer"]
    assert fake.calls[realtime.call_id].state == "referred"  # not hung up: the target's now


@pytest.mark.parametrize("api", ["live", "realtime"])
async def test_an_accept_whose_answer_was_lost_is_taken_over_by_the_redelivery(
    fake: FakeRealtimeServer, api: CallApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker's accept reaches the API, but its answer never reaches the worker (its
    # worker dies: here, the connection is cut). The redelivery, on a worker sharing the
    # store, finds the accept refused (accepted already): it attaches to the call and runs
    # it, its tool answering the caller, with no second accept.
    event, sessions = rung(fake, api, "lost@pc33")
    store = MemoryStore()  # one worker's, or a RedisStore the workers share

    async def cut(response: httpx.Response) -> None:
        if response.request.url.path.endswith("/accept"):
            raise httpx.ReadError("the worker died", request=response.request)

    seen: list[str] = []
    lost = httpx.AsyncClient(event_hooks={"response": [cut]})
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url, http_client=lost) as dying,
        AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client,
    ):
        first = CallRunner(dying, **sessions, store=store)
        # Every answer to the dying worker is lost, the accepts it sends again too: no
        # waiting between them here.
        monkeypatch.setattr(runner_module, "ACCEPT_RETRY_SECONDS", 0.0)
        with pytest.raises(OpenAIError):
            await first.answer(event)
        if api == "live":
            assert live_actions(fake, event.subject_id) == ["accept"]
        else:
            assert fake.calls[event.subject_id].state == "accepted"
        runner = CallRunner(client, **sessions, tools=desk(seen), greet=False, store=store)
        call = await runner.answer(event)
        assert call is not None
        # Attached before the delivery is answered: a worker killed now leaves nothing.
        assert (call.live_connection if api == "live" else call.connection) is not None
        assert await runner.answer(event) is None  # a copy: it runs already
        await said_goodbye(fake, call, seen)


async def said_goodbye(fake: FakeRealtimeServer, call: RunningCall, seen: list[str]) -> None:
    """The caller of ``call`` says goodbye: the runner's tool (``desk(seen)``) hears it and
    hangs up after the model's goodbye; one accept was carried out in all."""
    fake.script.next_response(function_call=("front_desk", {"request": "That is all, bye!"}))
    if call.api == "live":  # the model says the tool's answer (Live's commentary)
        fake.live_caller_says(call.call_id, "That is all, bye!")
    else:  # the reply after the tool's output is the goodbye
        fake.script.next_response(text="Goodbye, Ada!")
        fake.caller_says(call.call_id, "That is all, bye!")
    await asyncio.wait_for(call.ended(), WAIT)
    assert seen == [f"{call.api} {call.call_id}: That is all, bye!"]
    if call.api == "live":
        assert live_actions(fake, call.call_id) == ["accept"]
        assert fake.live_sessions.entries[call.call_id].state == "ended"
    else:
        assert [a for a, _ in fake.calls[call.call_id].actions] == ["accept", "hangup"]


@pytest.mark.parametrize("api", ["live", "realtime"])
async def test_an_accept_whose_answer_was_lost_is_sent_again_and_the_call_run(
    fake: FakeRealtimeServer, api: CallApi
) -> None:
    # The accept reaches the API, which carries it out, but its answer is lost on the way
    # back (a proxy resets the connection instead). Within the same answer the runner sends
    # the accept again; the API refuses it (accepted already), and since the lost one may
    # have been carried out and this worker holds the call's claim, the call is this app's:
    # it attaches by the sideband and runs it. One accept carried out, no error.
    event, sessions = rung(fake, api, "reset@pc33")
    seen: list[str] = []
    # No keep-alive: each request meets the proxy's next planned fault on its own connection.
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    with FaultProxy(upstream_port=fake.port) as proxy:
        proxy.plan([Fault.RESET_AFTER])  # the accept's answer is lost
        async with AsyncRealtimeClient(
            api_key="sk-test", base_url=proxy.base_url, http_client=http
        ) as client:
            runner = CallRunner(client, **sessions, tools=desk(seen), greet=False)
            call = await runner.answer(event)
            assert call is not None
            assert (call.live_connection if api == "live" else call.connection) is not None
            accepts = [r for r in fake.requests if r.path.endswith(f"{call.call_id}/accept")]
            assert len(accepts) == 2  # sent twice, carried out once
            assert proxy.injected[Fault.RESET_AFTER] == 1
            await said_goodbye(fake, call, seen)


async def test_an_accept_of_unknown_outcome_refused_for_a_call_answered_elsewhere_fails(
    fake: FakeRealtimeServer,
) -> None:
    # The accept's outcome is unknown (a 502 from a gateway: here it never reached the API)
    # and the call was answered on the other API meanwhile: the accept sent again is
    # refused, and so is the sideband. The call is not this app's: an error (the webhook
    # is answered 5xx; its redelivery finds the call answered and leaves it).
    invite = (("From", "<sip:+14155550123@example.com>;tag=else"), ("Call-ID", "else@pc33"))
    live, realtime = ring(fake, invite)
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as other:
        await other.calls.accept(realtime.call_id, session=REALTIME)  # another party's
    with FaultProxy(upstream_port=fake.port) as proxy:
        proxy.plan([Fault.SERVER_5XX])
        async with AsyncRealtimeClient(
            api_key="sk-test", base_url=proxy.base_url, http_client=http
        ) as client:
            runner = CallRunner(client, live_session=LIVE)
            with pytest.raises(OpenAIError, match="answered elsewhere"):
                await runner.answer(live)
    assert live_actions(fake, live.session_id) == []  # never accepted on Live
    assert fake.calls[realtime.call_id].state == "accepted"  # left to its own party


@pytest.mark.parametrize("api", ["live", "realtime"])
async def test_a_listed_call_whose_run_claim_lapsed_is_taken_over_from_its_record(
    fake: FakeRealtimeServer, api: CallApi
) -> None:
    # What a worker that died mid-call leaves in the store: the call accepted, its run claim
    # listed with its record (the announcement) and no longer renewed. A runner sharing the
    # store, which got no webhook, takes it over once the lease ran out: its sideband, its
    # tools, no greeting; and once the call ended, it is no longer listed.
    event, sessions = rung(fake, api, "lapsed@pc33")
    call_id = event.subject_id
    store = MemoryStore()
    seen: list[str] = []
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        if api == "live":
            await client.live.sessions.accept(call_id, session=LIVE)
        else:
            await client.calls.accept(call_id, session=REALTIME)
        key = f"{sip_call_key(event, call_id)}:run"
        assert await store.claim_call(key, "dead", 0.01, json.dumps(event.raw)) == "new"
        shutdown = GracefulShutdown(deadline=0.0, catch_signals=False)
        CallRunner(client, **sessions, tools=desk(seen), store=store, lease=0.3, shutdown=shutdown)
        async with shutdown.lifespan(None):  # the server's startup: the watch runs
            await async_until(lambda: bool(shutdown.live("call")), "the takeover", WAIT)
            assert shutdown.live("call") == [call_id]
            call = current_call_of(fake, api, event)
            await async_until(lambda: call() == 1, "the sideband", WAIT)
            fake.script.next_response(function_call=("front_desk", {"request": "Bye!"}))
            if api == "live":
                fake.live_caller_says(call_id, "That is all, bye!")
            else:
                fake.script.next_response(text="Goodbye, Ada!")
                fake.caller_says(call_id, "That is all, bye!")
            await async_until(lambda: not shutdown.live("call"), "the call to end", WAIT)
        assert await store.take_over_call("later", 30) is None  # ended: not listed
        assert await store.claim_call(key, "later", 30, "{}") == "handled"
    assert len(seen) == 1
    if api == "live":
        assert live_actions(fake, call_id) == ["accept"]
        assert fake.live_sessions.entries[call_id].state == "ended"
    else:
        assert [a for a, _ in fake.calls[call_id].actions] == ["accept", "hangup"]
        [sideband] = [c for c in fake.connections if c.query.get("call_id") == [call_id]]
        # No greeting on a takeover: the only reply asked for is the one after the tool.
        asked = [e["type"] for e in sideband.events if e["type"] == "response.create"]
        assert asked == ["response.create"]


def current_call_of(
    fake: FakeRealtimeServer, api: CallApi, event: IncomingCall
) -> Callable[[], int]:
    """How many sidebands are attached to ``event``'s call now."""
    if api == "live":
        entry = fake.live_sessions.entries[event.subject_id]
        return lambda: len(entry.live.observers)
    return lambda: fake.call_session(event.subject_id).channels


async def test_a_listed_call_that_is_over_is_forgotten_by_the_runner_taking_it_over(
    fake: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    # The worker died and the caller hung up since: the sideband is refused (404), so the
    # call is not run, not hung up again, and no longer listed.
    invite = (("From", "<sip:+14155550123@example.com>;tag=over"), ("Call-ID", "over@pc33"))
    live, _ = ring(fake, invite)
    store = MemoryStore()
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        await client.live.sessions.accept(live.session_id, session=LIVE)
        await client.live.sessions.hangup(live.session_id)
        key = f"{sip_call_key(live, live.session_id)}:run"
        assert await store.claim_call(key, "dead", 0.01, json.dumps(live.raw)) == "new"
        shutdown = GracefulShutdown(deadline=0.0, catch_signals=False)
        CallRunner(client, live_session=LIVE, store=store, lease=0.3, shutdown=shutdown)
        caplog.set_level("INFO", "realtime_ext.asgi")
        async with shutdown.lifespan(None):

            def left() -> bool:
                return any("left alone" in r.getMessage() for r in caplog.records)

            await async_until(left, "the takeover to find the call over", WAIT)
            await async_until(lambda: not shutdown.live("call"), "its task to end", WAIT)
        assert await store.claim(key, "later", 30) == "handled"  # not listed, not run again
        assert await store.take_over_call("later", 30) is None
    assert live_actions(fake, live.session_id) == ["accept"]  # not hung up again


@pytest.mark.parametrize(
    ("record", "why"),
    [
        ("{not json", "not valid JSON"),
        ('{"type": "batch.completed", "id": "evt_1", "created_at": 1}', "batch.completed"),
    ],
)
async def test_a_listed_call_whose_record_cannot_be_run_is_logged_and_forgotten(
    caplog: pytest.LogCaptureFixture, record: str, why: str
) -> None:
    store = MemoryStore()
    assert await store.claim_call("odd:run", "dead", 0.01, record) == "new"
    shutdown = GracefulShutdown(deadline=0.0, catch_signals=False)
    client = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    CallRunner(client, live_session=LIVE, store=store, lease=0.3, shutdown=shutdown)
    async with shutdown.lifespan(None):

        def logged() -> bool:
            return any("cannot be run" in r.getMessage() for r in caplog.records)

        await async_until(logged, "the record to be refused", WAIT)
    [refused] = [r for r in caplog.records if "cannot be run" in r.getMessage()]
    assert refused.levelname == "ERROR" and why in refused.getMessage()
    assert await store.claim("odd:run", "later", 30) == "handled"  # forgotten, not retried
    assert not shutdown.live("call")


# -- the client tool, and a tool loop that cannot start (issue 77) --------------------------
def weather() -> tuple[ToolRegistry, list[tuple[str, str]]]:
    """A one-tool registry whose tool takes two parameters: a function tool, not a client
    tool (which is given the caller's words alone)."""
    tools, asked = ToolRegistry(), list[tuple[str, str]]()

    @tools.register
    def get_weather(location: str, scale: str = "celsius") -> str:
        """The weather at a place."""
        asked.append((location, scale))
        if location == "bye":
            current_call().hang_up()
            return "Say goodbye."
        return f"12 degrees {scale} in {location}"

    return tools, asked


RESPONSES_LIVE: dict[str, Any] = {
    **LIVE,
    "delegation": {"type": "responses", "responses": {"model": "gpt-5.5"}},
}


async def test_a_one_tool_registry_answers_a_live_call_under_responses_delegation(
    fake: FakeRealtimeServer,
) -> None:
    # The registry's only tool takes two parameters: under Responses delegation it is the
    # backend's function tool (it was taken as the client tool, the sideband failed and the
    # call was hung up).
    live, _ = ring(fake, (("From", "<sip:+14155550123@example.com>"), ("Call-ID", "wx@pc33")))
    tools, asked = weather()
    said: list[str] = []
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(
            client, live_session=RESPONSES_LIVE, tools=tools, on_live_start=noting_speech(said)
        )
        call = await runner.answer(live)
        assert call is not None
        await async_until(lambda: call.live_connection is not None, "the sideband", WAIT)
        fake.script.next_response(
            function_call=("get_weather", {"location": "Oslo", "scale": "fahrenheit"})
        )
        fake.script.next_response(text="It is 12 degrees in Oslo.")
        fake.live_caller_says(live.session_id, "What's the weather in Oslo?")
        await async_until(lambda: "Oslo." in "".join(said), "the backend's answer, spoken", WAIT)
        assert asked == [("Oslo", "fahrenheit")]
        fake.script.next_response(function_call=("get_weather", {"location": "bye"}))
        fake.script.next_response(text="Goodbye!")
        fake.live_caller_says(live.session_id, "Thanks, bye.")
        await asyncio.wait_for(call.ended(), WAIT)
    assert asked[-1] == ("bye", "celsius")
    assert fake.live_sessions.entries[live.session_id].state == "ended"  # hung up


async def test_client_tool_names_the_tool_answering_a_live_calls_delegations(
    fake: FakeRealtimeServer,
) -> None:
    # Several tools; the one answering client delegations is named, and it appends its
    # progress to its own delegation (a typed parameter, not in its schema).
    live, _ = ring(fake, (("From", "<sip:+14155550123@example.com>"), ("Call-ID", "ct@pc33")))
    tools, _ = weather()
    heard: list[tuple[str, str]] = []

    @tools.register
    async def front_desk(request: str, delegation: AsyncDelegationContext) -> str:
        """Answer what the caller asks."""
        heard.append((request, delegation.delegation_id))
        await delegation.thinking("Looking the order up.")
        if "bye" in request.lower():
            current_call().hang_up()
            return "Goodbye, Ada!"
        return "Your order shipped on Monday."

    said: list[str] = []
    delegations: list[str] = []
    thought: list[str] = []

    async def on_live_start(call: RunningCall, conn: AsyncLiveConnection) -> None:
        await noting_speech(said)(call, conn)

        @conn.on("session.delegation.created")
        def delegated(event: LiveServerEvent) -> None:
            if event.type == "session.delegation.created":
                delegations.append(event.delegation.id)

        @conn.on("session.thinking.appended")
        def appended(event: LiveServerEvent) -> None:
            thought.append(event.type)

    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(
            client,
            live_session=LIVE,
            tools=tools,
            client_tool="front_desk",
            on_live_start=on_live_start,
        )
        assert runner.client_tool == "front_desk"
        call = await runner.answer(live)
        assert call is not None
        await async_until(lambda: call.live_connection is not None, "the sideband", WAIT)
        fake.script.next_response(function_call=("front_desk", {}))
        fake.live_caller_says(live.session_id, "Where is my order?")
        await async_until(lambda: "Monday." in "".join(said), "the tool's answer", WAIT)
        fake.script.next_response(function_call=("front_desk", {}))
        fake.live_caller_says(live.session_id, "That is all, bye.")
        await asyncio.wait_for(call.ended(), WAIT)
    assert heard[0][0].endswith("Where is my order?")
    assert [delegation_id for _, delegation_id in heard] == delegations  # each its own
    assert len(thought) == 2  # each tool's progress, appended to its delegation
    assert fake.live_sessions.entries[live.session_id].state == "ended"


def test_a_client_tool_that_could_not_answer_is_refused_before_any_call() -> None:
    client = AsyncRealtimeClient(api_key="sk-test")
    two_parameters, _ = weather()
    with pytest.raises(InvalidArgumentError, match="at most one parameter"):
        CallRunner(client, live_session=LIVE, tools=two_parameters)  # client delegation
    CallRunner(client, live_session=RESPONSES_LIVE, tools=two_parameters)  # a function tool
    CallRunner(client, session=REALTIME, tools=two_parameters)  # Realtime: a function tool
    several = desk([])

    @several.register
    def opening_hours() -> str:
        """When the shop is open."""
        return "Nine to five."

    with pytest.raises(InvalidArgumentError, match="name the one answering"):
        CallRunner(client, live_session=LIVE, tools=several)
    assert CallRunner(client, live_session=LIVE, tools=several, client_tool="front_desk")
    with pytest.raises(InvalidArgumentError, match="client_tool='nope' is not a tool"):
        CallRunner(client, live_session=LIVE, tools=several, client_tool="nope")
    with pytest.raises(InvalidArgumentError, match="delegates to 'responses'"):
        CallRunner(client, live_session=RESPONSES_LIVE, tools=several, client_tool="front_desk")
    with pytest.raises(InvalidArgumentError, match="give live_session= too"):
        CallRunner(client, session=REALTIME, tools=several, client_tool="front_desk")
    with pytest.raises(InvalidArgumentError, match="client_tool must be"):
        CallRunner(client, live_session=LIVE, tools=several, client_tool=1)  # type: ignore[arg-type]


async def test_a_tool_loop_that_cannot_start_fails_the_webhook(
    fake: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever stops the tool loop once the call is accepted (here: its start refused), the
    # webhook is answered 5xx, not 200 for a caller hung up.
    invite = (("From", "<sip:+14155550123@example.com>"), ("Call-ID", "noloop@pc33"))
    session_id, call_id = fake.live_call_incoming(sip_headers=invite)
    body = live_incoming_bodies(session_id, call_id, invite, "srtp")[0]

    def refused(*args: object, **kwargs: object) -> None:
        raise InvalidArgumentError("the tool loop cannot start")

    monkeypatch.setattr(LiveToolLoop, "__init__", refused)
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, live_session=LIVE, tools=desk([]))
        app = webhook_endpoint(runner, secret=SECRET)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            payload = json.dumps(body)
            answer = await http.post("/", content=payload, headers=sign(payload, SECRET))
        assert answer.status_code == 500, answer.text
        entry = fake.live_sessions.entries[session_id]
        await async_until(lambda: entry.state == "ended", "the call hung up", WAIT)

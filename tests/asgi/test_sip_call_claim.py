"""One SIP call announced more than once (under different webhook ids: each API that may
answer it, each webhook subscription) is accepted once: ``CallRunner`` claims the call under
its SIP identity (``Call-ID`` and ``From``) in the store before it accepts. Two runners
standing in for two workers share a ``RedisStore`` on a real redis-server; the fake API
records every accept."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from realtime_ext import APIConnectionError, AsyncRealtimeClient
from realtime_ext.asgi import (
    ASGIApp,
    CallRunner,
    ClaimState,
    GracefulShutdown,
    MemoryStore,
    RedisStore,
    RunningCall,
    Store,
    webhook_endpoint,
)
from realtime_ext.asgi._sip_call import sip_call_key
from realtime_ext.session import realtime_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webhooks import LiveCallIncomingEvent, RealtimeCallIncomingEvent, sign, unwrap
from support.redis_server import redis_server
from support.waiting import async_until, until
from tests.asgi._serve import noting_accepts, served
from tests.webhooks._data import SECRET, SIP_HEADERS, call_incoming

WAIT = 10.0  # seconds a step may take before the test fails (never slept)
SESSION = realtime_session(model="gpt-realtime", instructions="You answer the phone.")


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.fixture
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


def announcement(
    call_id: str, event_id: str, headers: list[dict[str, str]] | None = None
) -> RealtimeCallIncomingEvent:
    """The webhook event of one announcement of the call (its own event and webhook id)."""
    payload = json.dumps(call_incoming(call_id=call_id, id=event_id, sip_headers=headers))
    event = unwrap(payload, sign(payload, SECRET, msg_id=f"msg_{event_id}"), secret=SECRET)
    assert isinstance(event, RealtimeCallIncomingEvent)
    return event


def accepts(fake: FakeRealtimeServer, call_id: str) -> list[dict[str, Any]]:
    """The accepts the fake carried out (a refused one is not among them)."""
    return [body for action, body in fake.calls[call_id].actions if action == "accept"]


async def end(running: RunningCall) -> None:
    """The caller says goodbye: the next reply ends the call, which is hung up."""
    running.hang_up()
    await async_until(lambda: running.connection is not None, "the sideband")
    assert running.connection is not None
    await running.connection.response.create()
    await asyncio.wait_for(running.ended(), WAIT)


async def test_two_workers_two_announcements_one_accept(
    fake: FakeRealtimeServer, redis_url: str
) -> None:
    call = fake.register_call()
    first, second = announcement(call.id, "evt_a"), announcement(call.id, "evt_b")
    assert first.id != second.id  # two announcements, not a redelivery of one
    stores = [RedisStore(redis_url, prefix=f"claim-{call.id}") for _ in range(2)]
    sent: list[str] = []  # every accept request either worker sent
    async with (
        noting_accepts(fake.base_url, sent) as one,
        noting_accepts(fake.base_url, sent) as two,
    ):
        workers = [
            CallRunner(client, session=SESSION, greet=False, store=store)
            for client, store in zip((one, two), stores, strict=True)
        ]
        answered = await asyncio.gather(
            workers[0].answer(first), workers[1].answer(second), return_exceptions=True
        )
        running = [r for r in answered if isinstance(r, RunningCall)]
        assert len(running) == 1, answered
        # The other is acknowledged once the call runs; while it is being accepted it is
        # refused (delivered again: were the accepting worker to die, it takes over).
        other = next(r for r in answered if not isinstance(r, RunningCall))
        assert other is None or "being accepted by another worker" in str(other), other
        assert len(sent) == 1 and len(accepts(fake, call.id)) == 1
        # Either announcement delivered again, to either worker, accepts nothing more.
        for worker in workers:
            for event in (first, second):
                assert await worker.answer(event) is None
        assert len(sent) == 1
        await end(running[0])
    for store in stores:
        await store.aclose()


async def test_different_calls_are_each_accepted(fake: FakeRealtimeServer) -> None:
    # The same caller calling twice (a new Call-ID), and a call whose INVITE has no
    # Call-ID (claimed by its own id), are calls of their own.
    again = [h if h["name"] != "Call-ID" else {**h, "value": "second@pc33"} for h in SIP_HEADERS]
    bare = [h for h in SIP_HEADERS if h["name"] != "Call-ID"]
    calls = [fake.register_call() for _ in range(3)]
    events = [
        announcement(calls[0].id, "evt_1"),
        announcement(calls[1].id, "evt_2", again),
        announcement(calls[2].id, "evt_3", bare),
    ]
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, session=SESSION, greet=False, store=MemoryStore())
        running = [await runner.answer(event) for event in events]
        assert all(r is not None for r in running)
        assert [len(accepts(fake, c.id)) for c in calls] == [1, 1, 1]
        for r in running:
            assert r is not None
            await end(r)


async def test_a_failed_accept_leaves_the_call_to_its_next_announcement(
    fake: FakeRealtimeServer,
) -> None:
    call = fake.register_call()
    store = MemoryStore()  # one worker's: its two runners share it
    with socket.socket() as closed:  # a port nothing listens on: the accept cannot be sent
        closed.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=down, max_retries=0) as unreachable,
        AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client,
    ):
        failing = CallRunner(unreachable, session=SESSION, greet=False, store=store)
        with pytest.raises(APIConnectionError):
            await failing.answer(announcement(call.id, "evt_a"))
        # The claim was released: the next announcement (or the redelivery) accepts.
        runner = CallRunner(client, session=SESSION, greet=False, store=store)
        running = await runner.answer(announcement(call.id, "evt_b"))
        assert running is not None
        assert len(accepts(fake, call.id)) == 1
        await end(running)


def test_runner_checks_its_store_and_lease() -> None:
    client = AsyncRealtimeClient(api_key="sk-test")
    with pytest.raises(ValueError, match="store must be a CallStore"):
        CallRunner(client, store="redis://127.0.0.1")  # type: ignore[arg-type]

    class DeliveriesOnly:  # a Store that keeps no calls: no worker could take one over
        async def claim(self, key: str, owner: str, lease: float) -> ClaimState:
            return "new"

        async def renew(self, key: str, owner: str, lease: float) -> bool:
            return True

        async def finish(self, key: str, owner: str, keep: float) -> bool:
            return True

        async def release(self, key: str, owner: str) -> None:
            return None

        async def hit(self, key: str, limit: int, window: int) -> float:
            return 0.0

    assert isinstance(DeliveriesOnly(), Store)
    with pytest.raises(ValueError, match="claim_call/renew_call/finish_call/take_over_call"):
        CallRunner(client, store=DeliveriesOnly())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lease must be a number of seconds > 0"):
        CallRunner(client, lease=0)


def test_both_apis_announcements_of_one_call_share_its_key() -> None:
    # Realtime's rtc_ call and GPT-Live's live_ session of one INVITE: different ids, one
    # SIP call (its Call-ID and From), hence one claim.
    realtime = announcement("rtc_1", "evt_r")
    payload = json.dumps(
        {
            "object": "event",
            "id": "evt_l",
            "type": "live.call.incoming",
            "created_at": 1719168000,
            "data": {"session_id": "live_1", "sip_headers": SIP_HEADERS},
        }
    )
    live = unwrap(payload, sign(payload, SECRET), secret=SECRET)
    assert isinstance(live, LiveCallIncomingEvent)
    key = sip_call_key(realtime, realtime.call_id)
    assert key == sip_call_key(live, live.session_id) and key.startswith("sip-call:")
    assert "a84b4c76e66710" not in key  # hashed: no caller metadata in a shared store
    other = announcement("rtc_2", "evt_o", [{"name": "Call-ID", "value": "other@pc33"}])
    assert sip_call_key(other, other.call_id) != key


def test_two_served_workers_get_both_webhooks_of_a_call_twice_and_accept_once(
    fake: FakeRealtimeServer, redis_url: str
) -> None:
    # The fake rings one SIP call on both APIs: GPT-Live's live.transport.incoming, then
    # Realtime's realtime.call.incoming, POSTed to worker one; both reach worker two as
    # well (another subscription: new webhook ids). The app answers on Realtime: one accept
    # in all, every delivery 200.
    sent: list[str] = []

    def worker() -> tuple[ASGIApp, Callable[[], Awaitable[None]]]:
        """A worker's app, and what closes its store's connections on its own loop."""
        client = noting_accepts(fake.base_url, sent)
        store = RedisStore(redis_url, prefix="served-workers")
        shutdown = GracefulShutdown(deadline=0.0, catch_signals=False)
        runner = CallRunner(client, session=SESSION, greet=False, store=store, shutdown=shutdown)
        return webhook_endpoint(runner, secret=SECRET, store=store, shutdown=shutdown), store.aclose

    headers = [(h["name"], h["value"]) for h in SIP_HEADERS]
    (app_one, close_one), (app_two, close_two) = worker(), worker()
    with (
        served(app_one, closing=close_one) as one,
        served(app_two, closing=close_two) as two,
        httpx.Client(timeout=WAIT) as http,
    ):
        session_id, call_id = fake.live_call_incoming(f"{one}/", SECRET, sip_headers=headers)
        until(
            lambda: [d.status for d in fake.webhook_deliveries] == [200, 200],
            "both webhooks answered",
            WAIT,
        )
        bodies = [d.body for d in fake.webhook_deliveries]
        assert [b["type"] for b in bodies] == ["live.transport.incoming", "realtime.call.incoming"]
        for url in (one, two):  # each webhook twice more, to each worker
            for body in bodies:
                payload = json.dumps(body)
                answer = http.post(f"{url}/", content=payload, headers=sign(payload, SECRET))
                assert answer.status_code == 200, answer.text
        assert sent == [f"/v1/realtime/calls/{call_id}/accept"]
        until(lambda: fake.call_session(call_id).channels == 1, "the sideband", WAIT)
        assert fake.calls[call_id].state == "accepted" and session_id.startswith("live_")
    # The servers stopped: worker one's drain (no deadline here) hung the call up.
    assert fake.calls[call_id].state == "ended"
    assert len(sent) == 1

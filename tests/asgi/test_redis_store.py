"""``RedisStore`` against a real redis-server, and ``MemoryStore`` beside it: claims with an
owner and a lease (taken over once the lease runs out, renewed, finished and released only by
their owner), rate-limit counts shared by two stores on one Redis, and the endpoints' answer
when Redis cannot be reached (503 with ``Retry-After``; nothing handled or minted unclaimed
or uncounted)."""

from __future__ import annotations

import asyncio
import signal
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import redis.asyncio

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError
from realtime_ext.asgi import (
    CallStore,
    MemoryStore,
    RedisStore,
    Store,
    token_endpoint,
    webhook_endpoint,
)
from realtime_ext.webhooks import sign
from support.redis_server import redis_server, redis_server_process
from support.waiting import async_until
from tests.webhooks._data import SECRET, call_incoming_json


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.fixture
async def store(redis_url: str) -> AsyncIterator[RedisStore]:
    made = RedisStore(redis_url, prefix="test-" + socket.gethostname())
    await made.redis.flushdb()
    yield made
    await made.aclose()


@pytest.fixture(params=["redis", "memory"])
async def any_store(request: pytest.FixtureRequest, store: RedisStore) -> CallStore:
    return store if request.param == "redis" else MemoryStore()


async def test_a_claim_is_held_by_its_owner_then_finished(any_store: Store) -> None:
    assert await any_store.claim("msg_1", "a", 30) == "new"
    assert await any_store.claim("msg_1", "b", 30) == "running"
    # Only the owner renews, finishes or releases it.
    assert await any_store.renew("msg_1", "b", 30) is False
    assert await any_store.finish("msg_1", "b", 60) is False
    await any_store.release("msg_1", "b")
    assert await any_store.claim("msg_1", "c", 30) == "running"
    assert await any_store.renew("msg_1", "a", 30) is True
    assert await any_store.finish("msg_1", "a", 60) is True
    assert await any_store.claim("msg_1", "d", 30) == "handled"
    assert await any_store.claim("msg_2", "d", 30) == "new"


async def test_a_released_claim_is_claimed_again(any_store: Store) -> None:
    assert await any_store.claim("msg_r", "a", 30) == "new"
    await any_store.release("msg_r", "a")
    assert await any_store.claim("msg_r", "b", 30) == "new"


async def test_a_claim_whose_lease_ran_out_is_taken_over_once(any_store: Store) -> None:
    assert await any_store.claim("msg_dead", "dead", 0.2) == "new"
    taken: list[str] = []

    async def take() -> bool:
        state = await any_store.claim("msg_dead", "live", 30)
        taken.append(state)
        return state == "new"

    await async_until(take, "the lease to run out")
    assert set(taken[:-1]) <= {"running"}
    assert await any_store.claim("msg_dead", "third", 30) == "running"
    # The dead owner lost it: its late finish changes nothing.
    assert await any_store.finish("msg_dead", "dead", 60) is False
    assert await any_store.finish("msg_dead", "live", 60) is True
    assert await any_store.claim("msg_dead", "third", 30) == "handled"


async def test_a_handled_delivery_is_forgotten_after_keep(any_store: Store) -> None:
    assert await any_store.claim("msg_k", "a", 30) == "new"
    assert await any_store.finish("msg_k", "a", 0.2) is True

    async def forgotten() -> bool:
        return await any_store.claim("msg_k", "b", 30) == "new"

    await async_until(forgotten, "the handled id to expire")


async def test_a_running_claim_is_kept_in_redis_only_for_its_lease(store: RedisStore) -> None:
    assert await store.claim("msg_ttl", "a", 5) == "new"
    ttl = await store.redis.pttl(f"{store.keyspace}:delivery:msg_ttl")
    assert 0 < ttl <= 5000
    assert await store.finish("msg_ttl", "a", 3600)
    kept = await store.redis.pttl(f"{store.keyspace}:delivery:msg_ttl")
    assert 3_500_000 < kept <= 3_600_000


async def test_a_running_call_is_taken_over_once_when_its_lease_runs_out(
    any_store: CallStore,
) -> None:
    record = '{"type": "live.transport.incoming"}'
    assert await any_store.claim_call("call_1:run", "dead", 0.3, record) == "new"
    assert await any_store.claim_call("call_1:run", "b", 30, record) == "running"
    assert await any_store.claim_call("call_2:run", "alive", 30, "{}") == "new"
    assert await any_store.renew_call("call_1:run", "dead", 0.3) is True
    assert await any_store.renew_call("call_1:run", "b", 30) is False  # not its owner
    assert await any_store.take_over_call("early", 30) is None  # both leases hold
    taken: list[tuple[str, str] | None] = []

    async def take() -> bool:
        taken.append(await any_store.take_over_call("taker", 30))
        return taken[-1] is not None

    await async_until(take, "the dead owner's lease to run out")
    assert taken[-1] == ("call_1:run", record)  # only the lapsed one, with its record
    assert await any_store.take_over_call("second", 30) is None  # taken once
    # The dead owner lost it: its late renewal or finish changes nothing.
    assert await any_store.renew_call("call_1:run", "dead", 30) is False
    assert await any_store.finish_call("call_1:run", "dead", 60) is False
    assert await any_store.renew_call("call_1:run", "taker", 0.3) is True
    # The call ends where it was taken over: finished, and never taken over again.
    assert await any_store.finish_call("call_1:run", "taker", 60) is True
    assert await any_store.claim_call("call_1:run", "late", 30, record) == "handled"
    assert await any_store.claim("call_1:run", "late", 30) == "handled"
    assert await any_store.finish_call("call_2:run", "alive", 60) is True
    assert await any_store.take_over_call("after", 30) is None


async def test_a_running_call_is_kept_in_redis_with_ttls_and_forgotten_when_it_ends(
    store: RedisStore,
) -> None:
    assert await store.claim_call("call_t:run", "a", 5, "{}") == "new"
    run, record = f"{store.keyspace}:delivery:call_t:run", f"{store.keyspace}:call:call_t:run"
    calls = f"{store.keyspace}:calls"
    assert 0 < await store.redis.pttl(run) <= 5000
    # The record and the list outlive the lease (a dead worker's call is taken over from
    # them), not without bound.
    assert 3_600_000 < await store.redis.pttl(record) <= 3_605_000
    assert 3_600_000 < await store.redis.pttl(calls) <= 3_605_000
    assert await store.redis.zcard(calls) == 1
    assert await store.finish_call("call_t:run", "a", 60)
    assert await store.redis.exists(record) == 0
    assert await store.redis.zcard(calls) == 0
    assert 0 < await store.redis.pttl(run) <= 60_000


async def test_a_listed_call_whose_record_is_gone_is_dropped_from_the_list(
    store: RedisStore,
) -> None:
    # A call whose record expired (no worker was left to take it over for an hour): the
    # next look drops it, so the list never keeps what no one can run.
    assert await store.claim_call("call_x:run", "dead", 0.1, "{}") == "new"
    await store.redis.delete(f"{store.keyspace}:call:call_x:run")
    calls = f"{store.keyspace}:calls"

    async def dropped() -> bool:
        assert await store.take_over_call("taker", 30) is None
        return await store.redis.zcard(calls) == 0

    await async_until(dropped, "the lapsed call to be dropped")


async def test_rate_limits_count_once_across_stores(redis_url: str, store: RedisStore) -> None:
    # A second store on the same Redis, built from a client: another worker.
    other = RedisStore(redis.asyncio.Redis.from_url(redis_url), prefix=store.prefix)
    try:
        waits = [await (store if n % 2 else other).hit("alice", 3, 60) for n in range(5)]
        assert waits[:3] == [0.0, 0.0, 0.0]
        assert all(0 < wait <= 60 for wait in waits[3:])
        assert await other.hit("bob", 3, 60) == 0.0
    finally:
        await other.aclose()


async def test_memory_rate_limits() -> None:
    memory = MemoryStore()
    assert [await memory.hit("a", 2, 60) > 0 for _ in range(3)] == [False, False, True]
    assert await memory.hit("b", 2, 60) == 0.0


async def test_a_client_made_with_decoded_responses_works(redis_url: str) -> None:
    client = redis.asyncio.Redis.from_url(redis_url, decode_responses=True)
    decoded = RedisStore(client, prefix="decoded")
    try:
        assert await decoded.claim("msg_d", "a", 30) == "new"
        assert await decoded.finish("msg_d", "a", 60)
        assert await decoded.claim("msg_d", "b", 30) == "handled"
    finally:
        await decoded.aclose()


async def noop(event: object) -> None:
    return None


def test_bad_arguments_are_refused_without_showing_the_url() -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        RedisStore("http://user:hunter2@127.0.0.1:6379")
    assert "hunter2" not in str(refused.value)
    with pytest.raises(InvalidArgumentError):
        RedisStore(6379)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError):
        RedisStore("redis://127.0.0.1:6379", prefix="")
    assert "hunter2" not in repr(RedisStore("redis://:hunter2@127.0.0.1:6379/0"))
    with pytest.raises(InvalidArgumentError):
        webhook_endpoint(lambda event: None, secret=SECRET, store=object())  # type: ignore[arg-type, return-value]
    with pytest.raises(InvalidArgumentError, match="remember"):
        webhook_endpoint(noop, secret=SECRET, store=MemoryStore(), remember=5)
    with pytest.raises(InvalidArgumentError):
        webhook_endpoint(lambda event: None, secret=SECRET, lease=0)  # type: ignore[arg-type, return-value]


# -- Redis unreachable ---------------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again on return: nothing listens there


async def _asgi_post(app: Any, path: str, **kwargs: Any) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://app.example.com") as http:
        return await http.post(path, **kwargs)


async def test_a_delivery_is_not_handled_unclaimed_when_redis_is_down() -> None:
    handled: list[object] = []

    async def handler(event: object) -> None:
        handled.append(event)

    down = RedisStore(f"redis://127.0.0.1:{_closed_port()}/0")
    app = webhook_endpoint(handler, secret=SECRET, store=down)
    body = call_incoming_json(call_id="rtc_down")
    answer = await _asgi_post(app, "/", content=body, headers=sign(body, SECRET))
    assert answer.status_code == 503 and answer.headers["retry-after"] == "5"
    assert handled == []
    await down.aclose()


async def test_no_key_is_minted_uncounted_when_redis_is_down() -> None:
    down = RedisStore(f"redis://127.0.0.1:{_closed_port()}/0")
    client = AsyncRealtimeClient(api_key="sk-unit-0123456789", base_url="http://127.0.0.1:9")
    app = token_endpoint(
        {"type": "realtime"},
        allowed_origins=["https://app.example.com"],
        client=client,
        rate_limit="5/minute",
        store=down,
    )
    answer = await _asgi_post(app, "/", headers={"Origin": "https://app.example.com"})
    assert answer.status_code == 503 and "retry-after" in answer.headers
    await down.aclose()


def test_a_stopped_redis_answers_503_and_never_hangs_a_delivery() -> None:
    # SIGSTOP: the server takes connections (the kernel does) but never answers.
    handled: list[object] = []

    async def handler(event: object) -> None:
        handled.append(event)

    with redis_server_process() as running:
        body = call_incoming_json(call_id="rtc_stopped")

        async def scenario() -> tuple[int, int]:
            store = RedisStore(running.url)  # its default timeouts (redis-py < 6 has none)
            app = webhook_endpoint(handler, secret=SECRET, store=store)

            async def deliver() -> int:
                answer = await _asgi_post(app, "/", content=body, headers=sign(body, SECRET))
                return answer.status_code

            running.process.send_signal(signal.SIGSTOP)
            try:
                # Bounded: a hang fails here instead of stalling the suite.
                stopped = await asyncio.wait_for(deliver(), 30)
            finally:
                running.process.send_signal(signal.SIGCONT)
            assert handled == []
            again = await deliver()
            await store.aclose()
            return stopped, again

        assert asyncio.run(scenario()) == (503, 200)
        assert len(handled) == 1


async def test_a_handler_longer_than_its_lease_keeps_its_claim(store: RedisStore) -> None:
    # lease=0.3: renewed every 0.1 s while the handler runs; a redelivery all along is 409,
    # never taken over, and the key's time to live goes up again at each renewal.
    release = asyncio.Event()
    runs: list[object] = []

    async def slow(event: object) -> None:
        runs.append(event)
        await release.wait()

    app = webhook_endpoint(slow, secret=SECRET, store=store, lease=0.3)
    body = call_incoming_json(call_id="rtc_long")
    key = f"{store.keyspace}:delivery:msg_long"

    async def deliver() -> httpx.Response:
        headers = sign(body, SECRET, msg_id="msg_long")
        return await _asgi_post(app, "/", content=body, headers=headers)

    first = asyncio.create_task(deliver())
    await async_until(lambda: runs, "the handler to start")
    ttls: list[int] = []
    redelivered: list[int] = []

    async def renewed_six_times() -> bool:
        ttl = await store.redis.pttl(key)
        assert ttl > 0, "the claim ran out while its handler ran"
        if ttls and ttl > ttls[-1]:
            redelivered.append((await deliver()).status_code)
        ttls.append(ttl)
        return len(redelivered) >= 6  # six renewals seen: two leases' worth

    await async_until(renewed_six_times, "the claim to be renewed six times")
    assert set(redelivered) == {409} and len(runs) == 1
    release.set()
    assert (await first).status_code == 200
    assert (await deliver()).json()["duplicate"] is True


async def test_every_key_a_call_touches_is_in_one_cluster_hash_slot(store: RedisStore) -> None:
    """A Redis Cluster refuses a script whose keys are in different hash slots: a call's
    claim, its record and the list of running calls are touched by one script, so every key
    the store writes starts with its prefix as a hash tag."""
    from redis.crc import key_slot

    assert await store.claim_call("call_s:run", "a", 0.1, "{}") == "new"
    assert await store.claim("msg_s", "b", 30) == "new"
    assert await store.finish("msg_s", "b", 60)

    async def taken() -> bool:
        return await store.take_over_call("c", 30) is not None

    await async_until(taken, "the lapsed call to be taken over")
    keys = [key async for key in store.redis.scan_iter(match=f"{store.keyspace}:*")]
    assert len(keys) == 4  # the two claims, the call's record, the list of running calls
    assert {key_slot(key if isinstance(key, bytes) else key.encode()) for key in keys} == {
        key_slot(store.keyspace.encode())
    }
    assert store.keyspace == "{" + store.prefix + "}"

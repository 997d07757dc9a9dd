"""A real ``realtime-ext serve-fake`` process stopped (SIGSTOP) or killed (SIGKILL) mid-turn:
the app's loop never ends silently, the sends the server never confirmed are listed, and a
frozen server is caught by the keepalive within its bound (issue 54, items 1-3).

Every loop runs against a bound of real seconds (``BOUND``) that fails the test instead of
hanging it; the keepalive is configured short here (0.25 + 0.5 + 0.5 s) so the tests stay fast,
and its default bound is checked apart (``test_defaults``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import openai
import pytest

from realtime_ext import (
    APIConnectionError,
    AsyncRealtimeClient,
    ConnectionClosed,
    RealtimeClient,
    ReconnectError,
    ResponseLostError,
)
from realtime_ext._base.keywords import socket_plan
from realtime_ext.connection import (
    CONNECT_DEFAULTS,
    aconnect,
    aconnect_translation,
    connect,
    connect_translation,
)
from realtime_ext.conversation import is_carried_item_id
from support.keepalive import PING
from support.served_fake import ServedFake

ROOT = Path(__file__).resolve().parents[2]
KEY = "sk-faults-0123456789abcdef"
BOUND = 15.0  # real seconds a loop may take to report before the test fails (never slept)
T = 10.0
# The first response stays in progress (until response.cancel): "mid-response".
SCENARIO = {"responses": [{"hold": True}, {"text": "again"}]}
USER: dict[str, Any] = {
    "type": "conversation.item.create",
    "item": {
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "What did I just say?"}],
    },
}
PCM = bytes(range(256)) * 48  # 12,288 bytes: three appends of at most 100 ms at 24 kHz


@pytest.fixture
def fake(served: ServedFake) -> ServedFake:
    """The served fake, started: its first response stays in progress."""
    served.start(SCENARIO)
    return served


def bounded(step: Callable[[], Any]) -> Any:
    """``step()`` in a thread, failing the test after ``BOUND`` s instead of hanging it."""
    pool = concurrent.futures.ThreadPoolExecutor(1)
    try:
        return pool.submit(step).result(BOUND)
    finally:
        # Not waited for: after a timeout the step is still blocked (the test then fails and
        # its connection's close ends the step); `with pool` waited for it, so a loop that
        # never ended hung the test instead of failing it.
        pool.shutdown(wait=False)


def options(fake: ServedFake, **kwargs: Any) -> dict[str, Any]:
    return {"api_key": KEY, "base_url": fake.base_url, "model": "gpt-realtime", **kwargs}


# -- loops: each receives until the connection ends, and must raise, not return ---------
def sync_recv(conn: Any) -> None:
    while True:
        conn.recv()


def sync_for(conn: Any) -> None:
    for _ in conn:
        pass


def sync_dispatch(conn: Any) -> None:
    conn.dispatch_events()


async def async_recv(conn: Any) -> None:
    while True:
        await conn.recv()


async def async_for(conn: Any) -> None:
    async for _ in conn:
        pass


async def async_dispatch(conn: Any) -> None:
    await conn.dispatch_events()


SYNC_LOOPS = [sync_recv, sync_for, sync_dispatch]
ASYNC_LOOPS = [async_recv, async_for, async_dispatch]


def check_closed(exc: BaseException, conn: Any, code: int, reason: str | None = None) -> None:
    """Reported as issue 54 asks: one family, the close code and reason, agreeing with the
    connection's own."""
    assert isinstance(exc, ConnectionClosed) and isinstance(exc, APIConnectionError)
    assert exc.code == code and conn.close_code == code
    assert conn.close_reason == exc.reason
    if reason is not None:
        assert exc.reason == reason


# -- a frozen server, reconnection off -----------------------------------------------------
@pytest.mark.parametrize("loop", SYNC_LOOPS, ids=lambda f: f.__name__)
def test_sync_frozen_server_mid_response_raises(
    fake: ServedFake, loop: Callable[[Any], None]
) -> None:
    with connect(**options(fake, max_retries=0, **PING)) as conn:
        conn.run_until("session.created", timeout=T)
        conn.response.create()
        conn.run_until("response.created", timeout=T)
        fake.stop()
        with pytest.raises(APIConnectionError) as info:
            bounded(lambda: loop(conn))
        check_closed(info.value, conn, 1011, "keepalive ping timeout")


@pytest.mark.parametrize("loop", ASYNC_LOOPS, ids=lambda f: f.__name__)
async def test_async_frozen_server_mid_response_raises(fake: ServedFake, loop: Any) -> None:
    async with aconnect(**options(fake, max_retries=0, **PING)) as conn:
        await conn.run_until("session.created", timeout=T)
        await conn.response.create()
        await conn.run_until("response.created", timeout=T)
        fake.stop()
        with pytest.raises(APIConnectionError) as info:
            await asyncio.wait_for(loop(conn), BOUND)
        check_closed(info.value, conn, 1011, "keepalive ping timeout")


# -- a frozen server, reconnection on (the default) ----------------------------------------
def test_sync_frozen_server_is_reconnected(fake: ServedFake) -> None:
    attempts: list[int] = []

    def thaw(event: Any) -> None:  # the server comes back while the client reconnects
        attempts.append(event.attempt)
        fake.cont()

    with connect(**options(fake, on_reconnecting=thaw, reconnect_delay=0.01, **PING)) as conn:
        conn.run_until("session.created", timeout=T)
        conn.response.create()
        conn.run_until("response.created", timeout=T)
        fake.stop()
        # The held response belonged to the frozen session: reported, not waited for.
        with pytest.raises(ResponseLostError) as info:
            bounded(lambda: sync_for(conn))
        assert info.value.close_code == 1011 and len(info.value.response_ids) == 1
        assert conn.reconnects == 1 and attempts == [1]
        conn.response.create()  # the new session answers
        done = conn.run_until("response.done", timeout=T).to_dict()
        assert done["response"]["status"] == "completed"


async def test_async_frozen_server_is_reconnected(fake: ServedFake) -> None:
    attempts: list[int] = []

    def thaw(event: Any) -> None:
        attempts.append(event.attempt)
        fake.cont()

    async with aconnect(
        **options(fake, on_reconnecting=thaw, reconnect_delay=0.01, **PING)
    ) as conn:
        await conn.run_until("session.created", timeout=T)
        await conn.response.create()
        await conn.run_until("response.created", timeout=T)
        fake.stop()
        with pytest.raises(ResponseLostError) as info:
            await asyncio.wait_for(async_for(conn), BOUND)
        assert info.value.close_code == 1011 and len(info.value.response_ids) == 1
        assert conn.reconnects == 1 and attempts == [1]
        await conn.response.create()
        done = (await conn.run_until("response.done", timeout=T)).to_dict()
        assert done["response"]["status"] == "completed"


# -- a killed server: the sends it never confirmed are listed ------------------------------
def without_sdk_id(item: dict[str, Any]) -> dict[str, Any]:
    assert "id" not in item or is_carried_item_id(item["id"]), item
    return {key: value for key, value in item.items() if key != "id"}


def check_unconfirmed(exc: Any) -> None:
    lost = exc.unconfirmed
    # Listed as it went out: with the id the SDK gave it when the conversation can move to
    # a new session (to know it when that session confirms it); a sideband's has none.
    assert [without_sdk_id(item["item"]) for item in lost.items] == [USER["item"]]
    assert [request["type"] for request in lost.responses] == ["response.create"]
    assert lost.pcm == PCM and lost.audio_dropped == 0
    assert len(lost.audio) == 3
    assert "1 item(s), 1 response.create and 3 audio append(s) never confirmed" in str(exc)


def send_unconfirmed(conn: Any, fake: ServedFake) -> None:
    """A user message, audio and a request sent into a socket the server will never read."""
    fake.stop()
    conn.send_audio(PCM)
    conn.send(USER)
    conn.response.create()
    fake.kill()


async def asend_unconfirmed(conn: Any, fake: ServedFake) -> None:
    fake.stop()
    await conn.send_audio(PCM)
    await conn.send(USER)
    await conn.response.create()
    fake.kill()


@pytest.mark.parametrize("loop", SYNC_LOOPS, ids=lambda f: f.__name__)
def test_sync_killed_server_lists_the_unconfirmed_sends(
    fake: ServedFake, loop: Callable[[Any], None]
) -> None:
    with connect(**options(fake, max_retries=0)) as conn:
        conn.run_until("session.created", timeout=T)
        conn.send({**USER, "item": {**USER["item"], "id": "item_confirmed"}})
        conn.run_until("conversation.item.added", timeout=T)  # confirmed: not listed
        send_unconfirmed(conn, fake)
        with pytest.raises(ConnectionClosed) as info:
            bounded(lambda: loop(conn))
        check_closed(info.value, conn, 1006)
        check_unconfirmed(info.value)
        with pytest.raises(ConnectionClosed) as again:  # listed once
            conn.recv(T)
        assert not again.value.unconfirmed


@pytest.mark.parametrize("loop", ASYNC_LOOPS, ids=lambda f: f.__name__)
async def test_async_killed_server_lists_the_unconfirmed_sends(fake: ServedFake, loop: Any) -> None:
    async with aconnect(**options(fake, max_retries=0)) as conn:
        await conn.run_until("session.created", timeout=T)
        await conn.send({**USER, "item": {**USER["item"], "id": "item_confirmed"}})
        await conn.run_until("conversation.item.added", timeout=T)
        await asend_unconfirmed(conn, fake)
        with pytest.raises(ConnectionClosed) as info:
            await asyncio.wait_for(loop(conn), BOUND)
        check_closed(info.value, conn, 1006)
        check_unconfirmed(info.value)


def test_sync_killed_server_exhausted_reconnects_list_the_unconfirmed_sends(
    fake: ServedFake,
) -> None:
    with connect(**options(fake, max_retries=2, reconnect_delay=0.01)) as conn:
        conn.run_until("session.created", timeout=T)
        send_unconfirmed(conn, fake)  # killed for good: every reconnect is refused
        with pytest.raises(ReconnectError) as info:
            bounded(lambda: sync_for(conn))
        assert isinstance(info.value, APIConnectionError)
        assert info.value.close_code == 1006 and info.value.attempts == 2
        check_unconfirmed(info.value)


async def test_async_killed_server_exhausted_reconnects_list_the_unconfirmed_sends(
    fake: ServedFake,
) -> None:
    async with aconnect(**options(fake, max_retries=2, reconnect_delay=0.01)) as conn:
        await conn.run_until("session.created", timeout=T)
        await asend_unconfirmed(conn, fake)
        with pytest.raises(ReconnectError) as info:
            await asyncio.wait_for(async_for(conn), BOUND)
        assert info.value.close_code == 1006 and info.value.attempts == 2
        check_unconfirmed(info.value)


# -- the sideband connection of a call -----------------------------------------------------
OFFER = (ROOT / "tests" / "data" / "sdp" / "kvs_chrome_linux_offer.sdp").read_text()
SESSION = {"type": "realtime", "model": "gpt-realtime", "instructions": "You answer phones."}


def test_sync_sideband_frozen_and_killed(fake: ServedFake) -> None:
    with RealtimeClient(api_key=KEY, base_url=fake.base_url, max_retries=0) as client:
        call_id = client.calls.create(sdp=OFFER, session=SESSION).call_id
        with client.connect(call_id=call_id, max_retries=0, **PING) as frozen:
            # A sideband gets no session.created (as on the real API): an update shows it is in.
            frozen.session.update(session={"type": "realtime"})
            frozen.run_until("session.updated", timeout=T)
            fake.stop()
            with pytest.raises(ConnectionClosed) as info:
                bounded(lambda: sync_for(frozen))
            check_closed(info.value, frozen, 1011, "keepalive ping timeout")
            fake.cont()
        with client.connect(call_id=call_id, max_retries=0) as conn:
            conn.session.update(session={"type": "realtime"})
            conn.run_until("session.updated", timeout=T)
            send_unconfirmed(conn, fake)
            with pytest.raises(ConnectionClosed) as killed:
                bounded(lambda: sync_for(conn))
            check_closed(killed.value, conn, 1006)
            check_unconfirmed(killed.value)


async def test_async_sideband_frozen_and_killed(fake: ServedFake) -> None:
    async with AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url, max_retries=0) as client:
        call_id = (await client.calls.create(sdp=OFFER, session=SESSION)).call_id
        async with client.connect(call_id=call_id, max_retries=0, **PING) as frozen:
            # A sideband gets no session.created (as on the real API): an update shows it is in.
            await frozen.session.update(session={"type": "realtime"})
            await frozen.run_until("session.updated", timeout=T)
            fake.stop()
            with pytest.raises(ConnectionClosed) as info:
                await asyncio.wait_for(async_for(frozen), BOUND)
            check_closed(info.value, frozen, 1011, "keepalive ping timeout")
            fake.cont()
        async with client.connect(call_id=call_id, max_retries=0) as conn:
            await conn.session.update(session={"type": "realtime"})
            await conn.run_until("session.updated", timeout=T)
            await asend_unconfirmed(conn, fake)
            with pytest.raises(ConnectionClosed) as killed:
                await asyncio.wait_for(async_for(conn), BOUND)
            check_closed(killed.value, conn, 1006)
            check_unconfirmed(killed.value)


# -- translation sessions ------------------------------------------------------------------
def test_sync_translation_frozen_server_raises(fake: ServedFake) -> None:
    options: dict[str, Any] = {"api_key": KEY, "base_url": fake.base_url, "max_retries": 0, **PING}
    with connect_translation(**options) as conn:
        conn.run_until("session.created", timeout=T)
        fake.stop()
        with pytest.raises(APIConnectionError) as info:
            bounded(lambda: list(conn.events()))
        check_closed(info.value, conn, 1011, "keepalive ping timeout")
        conn.abort()


async def test_async_translation_frozen_server_raises(fake: ServedFake) -> None:
    options: dict[str, Any] = {"api_key": KEY, "base_url": fake.base_url, "max_retries": 0, **PING}
    conn = await aconnect_translation(**options)
    try:
        await conn.run_until("session.created", timeout=T)
        fake.stop()

        async def drain(events: AsyncIterator[Any]) -> None:
            async for _ in events:
                pass

        with pytest.raises(APIConnectionError) as info:
            await asyncio.wait_for(drain(conn.events()), BOUND)
        check_closed(info.value, conn, 1011, "keepalive ping timeout")
    finally:
        await conn.abort()


# -- the defaults --------------------------------------------------------------------------
ENTRY_POINTS = [
    connect,
    aconnect,
    RealtimeClient.connect,
    AsyncRealtimeClient.connect,
    connect_translation,
    aconnect_translation,
]


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=lambda f: f.__qualname__)
def test_defaults(entry: Callable[..., Any]) -> None:
    """Reconnect on (5 attempts, as openai), a frozen peer caught within 20 s."""
    # The options' defaults are the one table's (CONNECT_DEFAULTS) for every entry point that
    # takes them as **options (issue 57 item 5).
    parameters = inspect.signature(entry).parameters
    assert parameters["options"].kind is inspect.Parameter.VAR_KEYWORD
    defaults: dict[str, Any] = dict(CONNECT_DEFAULTS)
    assert defaults["max_retries"] == 5
    assert (defaults["reconnect_delay"], defaults["max_reconnect_delay"]) == (0.5, 8.0)
    caught = defaults["ping_interval"] + defaults["ping_timeout"] + defaults["close_timeout"]
    assert caught <= 20.0


def test_the_defaults_are_openais_and_max_retries_0_turns_reconnect_off() -> None:
    from realtime_ext._base.policy import reconnector_of

    theirs = inspect.signature(openai.OpenAI(api_key=KEY).realtime.connect).parameters
    keywords: dict[str, Any] = {
        "api_key": KEY,
        "base_url": "http://127.0.0.1:1/v1",
        "model": "gpt-realtime",
        "call_id": None,
        "headers": None,
        "websocket_base_url": None,
        "max_size": 2**20,
        "max_queue": 16,
        "open_timeout": 10.0,
        "extra_query": None,
        "on_reconnecting": None,
        "on_reconnected": None,
        "max_queued_bytes": 2**20,
        "clock": None,
        "close_timeout": 10.0,
        "compression": None,
        "ssl": None,
        "proxy": None,
    }
    table: dict[str, Any] = dict(CONNECT_DEFAULTS)
    for name in ("max_retries", "reconnect_delay", "max_reconnect_delay", "ping_interval"):
        keywords[name] = table[name]
    keywords["ping_timeout"] = table["ping_timeout"]
    _, settings = socket_plan(**keywords)
    assert settings.reconnects and settings.max_retries == theirs["max_retries"].default == 5
    assert settings.reconnect_delay == theirs["initial_delay"].default
    assert settings.max_reconnect_delay == theirs["max_delay"].default
    policy = reconnector_of(settings)  # the backoff a conversation made with them runs
    assert policy.enabled
    # Backoff with jitter: 75-100 % of the doubling step, capped (openai's rule).
    for attempt, step in ((1, 0.5), (2, 1.0), (5, 8.0), (6, 8.0)):
        policy.jitter = lambda: 0.0
        assert policy.delay(attempt) == 0.75 * step
        policy.jitter = lambda: 0.999
        assert 0.75 * step < policy.delay(attempt) <= step
    keywords["max_retries"] = 0
    _, off_settings = socket_plan(**keywords)
    off = reconnector_of(off_settings)
    assert not off_settings.reconnects
    assert not off.enabled and list(off.attempts(1006)) == []

"""The SIP call runner (issue 55 item 5) and call control safe to repeat (item 2), against
the in-process fake: a call accepted with the tools, the tool loop over the sideband, a tool
that ends the call, the hangup; a redelivered call starts no second session; accepting
twice, hanging up or rejecting an ended call is reported as done."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, BadRequestError, NotFoundError, RealtimeClient
from realtime_ext.asgi import (
    CallRunner,
    GracefulShutdown,
    RunningCall,
    current_call,
    webhook_endpoint,
)
from realtime_ext.conversation import AsyncConversation
from realtime_ext.session import realtime_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import ToolRegistry
from realtime_ext.webhooks import RealtimeCallIncomingEvent, sign, unwrap
from support.waiting import async_until
from tests.webhooks._data import SECRET, call_incoming_json

WAIT = 10.0  # seconds a step may take before the test fails (never slept)
SESSION = realtime_session(model="gpt-realtime", instructions="You answer the phone.")


@pytest.fixture
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


def incoming(call_id: str) -> RealtimeCallIncomingEvent:
    payload = call_incoming_json(call_id=call_id)
    event = unwrap(payload, sign(payload, SECRET), secret=SECRET)
    assert isinstance(event, RealtimeCallIncomingEvent)
    return event


def agent_tools(seen: list[str]) -> ToolRegistry:
    tools = ToolRegistry()

    @tools.register
    def order_status(order_id: str) -> str:
        """The shipping status of an order."""
        seen.append(f"order {order_id} on {current_call().call_id}")
        return "shipped"

    @tools.register
    def end_call() -> str:
        """Hang up once the goodbye is said."""
        current_call().hang_up()
        return "Say goodbye."

    return tools


async def test_runner_answers_runs_tools_and_a_tool_ends_the_call(
    fake: FakeRealtimeServer,
) -> None:
    fake.script.next_response(function_calls=[("order_status", {"order_id": "A1"})])
    fake.script.next_response(text="Your order has shipped.")
    seen: list[str] = []
    call = fake.register_call()
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, session=SESSION, tools=agent_tools(seen))
        running = await runner.answer(incoming(call.id))
        assert running is not None and runner.shutdown.live("call") == [call.id]
        # The greeting asked for the first reply: the model looked the order up.
        await async_until(lambda: seen != [], "the order tool")
        assert seen == [f"order A1 on {call.id}"]
        assert fake.calls[call.id].state == "accepted"
        accepted = fake.calls[call.id].actions[0][1]
        assert accepted["instructions"] == "You answer the phone."
        assert [t["name"] for t in accepted["tools"]] == ["order_status", "end_call"]
        # The caller asks to end: the model calls end_call, says goodbye, the runner hangs up.
        fake.script.next_response(function_calls=[("end_call", {})])
        fake.script.next_response(text="Goodbye!")
        assert running.connection is not None
        await running.connection.response.create()
        await asyncio.wait_for(running.ended(), WAIT)
    assert [a for a, _ in fake.calls[call.id].actions] == ["accept", "hangup"]
    assert fake.calls[call.id].state == "ended"
    assert runner.shutdown.live() == []
    replies = [e for c in fake.received for e in c if e["type"] == "response.create"]
    assert len(replies) == 4  # greeting, after order_status, the caller's turn, the goodbye


async def test_on_start_sees_each_call_and_its_events(
    fake: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script.next_response(text="Hello there.")
    call = fake.register_call()
    seen: list[str] = []

    async def on_start(running: RunningCall, conn: AsyncConversation) -> None:
        seen.append(f"start {running.call_id} {running.event.caller}")

        @conn.on("response.created")
        def bug(event: object) -> None:
            raise RuntimeError("a bug in the app")  # logged; the call goes on

        @conn.on("response.done")
        def done(event: object) -> None:
            seen.append("reply")
            running.hang_up()  # after the next reply

    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, session=SESSION, on_start=on_start)
        running = await runner.answer(incoming(call.id))
        assert running is not None
        await async_until(lambda: "reply" in seen, "the greeting's reply")
        assert running.connection is not None
        fake.script.next_response(text="Bye.")
        await running.connection.response.create()
        await asyncio.wait_for(running.ended(), WAIT)
    assert seen[0] == f"start {call.id} sip:+14155550123@example.com"
    assert seen[1:] == ["reply", "reply"]
    assert f"call {call.id}: a handler of response.created failed" in caplog.text
    assert fake.calls[call.id].state == "ended"


async def test_a_redelivered_call_starts_no_second_session(
    fake: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    call = fake.register_call()
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, session=SESSION, greet=False)
        first = await runner.answer(incoming(call.id))
        with caplog.at_level(logging.INFO, "realtime_ext"):
            # Another worker (a client of its own) gets the redelivery: accepted already.
            async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as other:
                assert await CallRunner(other, session=SESSION).answer(incoming(call.id)) is None
        assert first is not None
        # The API's refusal names no state (only the first worker knows it accepted the
        # call): the second is refused for the call's state and answers nothing.
        assert "could not be accepted" in caplog.text and "not answered" in caplog.text
        first.hang_up()  # the next reply ends it
        assert first.connection is not None
        await first.connection.response.create()
        await asyncio.wait_for(first.ended(), WAIT)
    assert [a for a, _ in fake.calls[call.id].actions] == ["accept", "hangup"]
    assert len(fake.connections) == 1  # one sideband, one tool loop


async def test_a_call_that_ended_before_the_answer_is_not_retried(
    fake: FakeRealtimeServer,
) -> None:
    call = fake.register_call()
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        await client.calls.reject(call.id)
        assert await CallRunner(client, session=SESSION).answer(incoming(call.id)) is None
    assert fake.connections == []


def test_repeated_call_control_is_reported_done(
    fake: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    with RealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        call = fake.register_call()
        assert client.calls.accept(call.id, session=SESSION).outcome == "done"
        with caplog.at_level(logging.INFO, "realtime_ext.calls"):
            again = client.calls.accept(call.id, session=SESSION)
        assert again.already_done and again.outcome == "already_accepted"
        assert f"call {call.id}: accept reported as done (already_accepted)" in caplog.text
        with pytest.raises(BadRequestError) as live:
            client.calls.reject(call.id)  # a live call is not "already ended"
        assert live.value.code == "invalid_call_state"
        assert client.calls.hangup(call.id).outcome == "done"
        assert client.calls.hangup(call.id).outcome == "already_ended"
        assert client.calls.reject(call.id).outcome == "already_ended"
        with pytest.raises(NotFoundError) as gone:
            client.calls.accept(call.id, session=SESSION)  # ended: cannot be accepted
        assert gone.value.code == "call_id_not_found"  # the API no longer has it
        ringing = fake.register_call()
        client.calls.reject(ringing.id)
        assert client.calls.hangup(ringing.id).outcome == "already_ended"
    assert [a for a, _ in fake.calls[call.id].actions] == ["accept", "hangup"]


async def test_async_repeat_accept_is_done(fake: FakeRealtimeServer) -> None:
    call = fake.register_call()
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        await client.calls.accept(call.id, session=SESSION)
        assert (await client.calls.accept(call.id, session=SESSION)).outcome == "already_accepted"
        assert (await client.calls.hangup(call.id)).outcome == "done"
        assert (await client.calls.hangup(call.id)).outcome == "already_ended"


async def test_webhook_endpoint_never_answers_5xx_to_a_repeated_accept(
    fake: FakeRealtimeServer,
) -> None:
    """Two processes each with their own memory (or one after a restart) get the same
    delivery: the second accept is done, the answer 200."""
    call = fake.register_call()
    payload = call_incoming_json(call_id=call.id)
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:

        async def on_event(event: object) -> None:
            assert isinstance(event, RealtimeCallIncomingEvent)
            await client.calls.accept(event.call_id, session=SESSION)

        statuses: list[int] = []
        for _ in range(2):  # a fresh endpoint each time: a restart, or another worker
            app = webhook_endpoint(on_event, secret=SECRET)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
                headers = sign(payload, SECRET, msg_id="msg_same")
                answer = await http.post("/", content=payload, headers=headers)
                statuses.append(answer.status_code)
    assert statuses == [200, 200]
    assert [a for a, _ in fake.calls[call.id].actions] == ["accept"]


async def test_shutdown_cuts_a_live_call_at_its_deadline_and_logs_it(
    fake: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    call = fake.register_call()
    shutdown = GracefulShutdown(deadline=0.2, catch_signals=False)
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, session=SESSION, greet=False, shutdown=shutdown)
        running = await runner.answer(incoming(call.id))
        assert running is not None
        endpoint = webhook_endpoint(runner, secret=SECRET, shutdown=shutdown)
        with caplog.at_level(logging.INFO, "realtime_ext"):
            draining = asyncio.ensure_future(shutdown.drain())
            await async_until(lambda: shutdown.closing, "the drain")
            transport = httpx.ASGITransport(app=endpoint)
            async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
                late = call_incoming_json(call_id="rtc_late")
                answer = await http.post("/", content=late, headers=sign(late, SECRET))
            cut = await asyncio.wait_for(draining, WAIT)
        assert answer.status_code == 503 and answer.headers["retry-after"] == "10"
        assert cut == [f"call {call.id}"]
        assert f"cut 1 live call(s): {call.id}" in caplog.text
        await asyncio.wait_for(running.ended(), WAIT)  # already: the drain waited for it
    assert fake.calls[call.id].state == "ended"  # hung up, not left open
    assert "rtc_late" not in fake.calls


async def test_shutdown_lets_a_call_that_ends_in_time_finish(
    fake: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    call = fake.register_call()
    shutdown = GracefulShutdown(deadline=WAIT, catch_signals=False)
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        runner = CallRunner(client, session=SESSION, greet=False, shutdown=shutdown)
        running = await runner.answer(incoming(call.id))
        assert running is not None
        with caplog.at_level(logging.INFO, "realtime_ext"):
            draining = asyncio.ensure_future(shutdown.drain())
            running.hang_up()
            await async_until(lambda: running.connection is not None, "the sideband")
            assert running.connection is not None
            await running.connection.response.create()
            assert await asyncio.wait_for(draining, WAIT) == []
        assert "every live call and webhook delivery finished" in caplog.text
    assert fake.calls[call.id].state == "ended"


def test_bad_arguments_are_refused() -> None:
    from realtime_ext import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="client must be"):
        CallRunner(object())  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="deadline"):
        GracefulShutdown(deadline=-1)
    with pytest.raises(InvalidArgumentError, match="retry_after"):
        GracefulShutdown(retry_after=0)
    with pytest.raises(InvalidArgumentError, match="shutdown must be"):
        webhook_endpoint(lambda e: asyncio.sleep(0), shutdown=object())  # type: ignore[arg-type]
    assert json.dumps(repr(GracefulShutdown()))  # no secret, plain text
    with pytest.raises(LookupError, match="only known inside a tool"):
        current_call()


async def test_the_sip_agent_example_answers_and_ends_a_call(
    fake: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from realtime_ext.examples.sip_agent import make_app

    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)  # read at each delivery

    fake.script.next_response(function_calls=[("order_status", {"order_id": "B7"})])
    fake.script.next_response(function_calls=[("end_call", {})])
    fake.script.next_response(text="Goodbye!")
    call = fake.register_call()
    payload = call_incoming_json(call_id=call.id)
    async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
        app = make_app(client)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            answer = await http.post("/", content=payload, headers=sign(payload, SECRET))
        assert answer.status_code == 200, answer.text
        await async_until(lambda: fake.calls[call.id].state == "ended", "the hangup")
    outputs = [
        e["item"]["output"]
        for c in fake.received
        for e in c
        if e["type"] == "conversation.item.create"
        and e["item"].get("type") == "function_call_output"
    ]
    assert json.loads(outputs[0]) == {"order_id": "B7", "status": "shipped"}
    assert outputs[1] == "Say goodbye."  # a str result goes as it is
    assert [a for a, _ in fake.calls[call.id].actions] == ["accept", "hangup"]

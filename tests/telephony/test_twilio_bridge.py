"""The Twilio bridge end to end (issue 56): a fake Twilio caller, the bridge, the fake
Realtime server with its server VAD; every step on the test clock, every wait on an event.

The caller speaks, the agent answers in G.711 mu-law, the caller barges in 20 ms, 600 ms
and 2 s into a 4 s reply: ``clear`` goes out at once (the same test-clock instant as the
server's ``input_audio_buffer.speech_started``, so within one 20 ms frame) and the item is
truncated at the audio the caller heard; after the reply has played out a barge-in clears
and truncates nothing; the marks Twilio echoes for cleared audio change nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from realtime_ext import AsyncAzureRealtimeClient, AsyncRealtimeClient, InvalidArgumentError
from realtime_ext.session import realtime_session, server_vad
from realtime_ext.telephony import TwilioCall, TwilioEndpoint, twilio_endpoint, twilio_signature
from realtime_ext.testing import FakeRealtimeServer, FakeTwilioCall, ManualClock, _responses
from realtime_ext.tools import ToolRegistry
from support.waiting import async_until

from .conftest import TOKEN

SILENCE_MS = 200
SESSION = realtime_session(
    model="gpt-realtime", turn_detection=server_vad(silence_duration_ms=SILENCE_MS)
)
FRAME = 0.02


@dataclass
class Harness:
    server: FakeRealtimeServer
    clock: ManualClock
    client: AsyncRealtimeClient
    endpoint: TwilioEndpoint
    started_at: list[float] = field(default_factory=lambda: [])
    calls: list[TwilioCall] = field(default_factory=lambda: [])
    ended: list[TwilioCall] = field(default_factory=lambda: [])
    digits: list[str] = field(default_factory=lambda: [])
    speech: asyncio.Event = field(default_factory=asyncio.Event)

    def sent(self, kind: str) -> list[dict[str, Any]]:
        return [e for conn in self.server.received for e in conn if e["type"] == kind]

    async def answer(self, call: FakeTwilioCall, speech_ms: int = 400) -> None:
        """The caller speaks; silence until the whole reply has arrived."""
        call.say(speech_ms)
        await call.step(speech_ms // 20 + SILENCE_MS // 20 + 1)
        await call.wait_for(lambda: bool(self.sent("session.update")))
        await async_until(lambda: self.server.received and self._reply_done(), "the reply")

    def _reply_done(self) -> bool:
        return self.done_count >= self.expected

    done_count: int = 0
    expected: int = 1


def _endpoint(harness_args: dict[str, Any], **kwargs: Any) -> TwilioEndpoint:
    endpoint = twilio_endpoint(**harness_args, **kwargs)
    assert isinstance(endpoint, TwilioEndpoint)
    return endpoint


@pytest.fixture
async def harness(request: pytest.FixtureRequest) -> AsyncIterator[Harness]:
    # The bridge on OpenAI, or (param "azure") on an Azure OpenAI resource's v1 route.
    azure = getattr(request, "param", "openai") == "azure"
    with FakeRealtimeServer(azure=azure) as server:
        clock = ManualClock()
        client: AsyncRealtimeClient = (
            AsyncAzureRealtimeClient(
                azure_endpoint=server.azure_endpoint,
                azure_deployment="gpt-realtime",
                api_key="0123456789abcdef",
            )
            if azure
            else AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url)
        )
        box: list[Harness] = []

        def on_start(call: TwilioCall) -> None:
            h = box[0]
            h.calls.append(call)

            def started(event: object) -> None:
                h.started_at.append(clock.now())
                h.speech.set()

            def done(event: object) -> None:
                h.done_count += 1

            call.conn.on("input_audio_buffer.speech_started", started)
            call.conn.on("response.output_audio.done", done)

        async def on_dtmf(call: TwilioCall, digit: str) -> None:
            box[0].digits.append(digit)

        def on_end(call: TwilioCall) -> None:
            box[0].ended.append(call)

        endpoint = _endpoint(
            {"client": client, "session": SESSION},
            clock=clock,
            on_start=on_start,
            on_dtmf=on_dtmf,
            on_end=on_end,
        )
        harness = Harness(server, clock, client, endpoint)
        box.append(harness)
        try:
            yield harness
        finally:
            await client.close()


async def _reply_arrived(h: Harness, call: FakeTwilioCall, ms: float) -> None:
    await call.wait_for(lambda: call.buffered_ms + call.heard_ms >= ms)


@pytest.mark.parametrize("barge_at_ms", [20, 600, 2000])
async def test_barge_in_clears_at_once_and_truncates_at_what_was_heard(
    harness: Harness, barge_at_ms: int
) -> None:
    h = harness
    h.server.script.next_response(audio_ms=4000)
    async with FakeTwilioCall(h.endpoint, clock=h.clock) as call:
        await h.answer(call)
        await _reply_arrived(h, call, 4000)
        # The session is G.711 mu-law both ways, and the reply came as such (8 bytes/ms).
        update = h.sent("session.update")[0]["session"]["audio"]
        assert update["input"]["format"] == update["output"]["format"] == {"type": "audio/pcmu"}
        assert call.buffered_ms == 4000 and call.heard_ms == 0
        await call.step(barge_at_ms // 20)
        assert call.heard_ms == barge_at_ms
        h.speech.clear()
        call.say(300)
        await call.step()  # the caller's first speech frame (20 ms more of the reply heard)
        await call.wait_for(lambda: bool(call.clears))
        # clear within one 20 ms frame of the server's speech_started (the test clock)
        assert len(call.clears) == 1
        assert call.clears[0].at - h.started_at[-1] <= FRAME
        heard = call.clears[0].heard_ms
        assert heard == barge_at_ms + 20
        await async_until(lambda: h.sent("conversation.item.truncate"), "the truncate")
        (truncate,) = h.sent("conversation.item.truncate")
        assert abs(truncate["audio_end_ms"] - heard) <= 20
        assert call.buffered_ms == 0  # the rest was cleared: the caller hears no more of it
        await call.step(10)
        assert call.heard_ms == heard


@pytest.mark.parametrize("barge_at_ms", [None, 340])
async def test_a_reply_in_20_ms_deltas_gets_a_mark_every_100_ms_and_one_at_its_end(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, barge_at_ms: int | None
) -> None:
    # The model's audio in 20 ms deltas (the fake's are 100 ms): a mark after each would
    # double what a call sends Twilio; the tracker counts the audio between marks as playing.
    monkeypatch.setattr(_responses, "AUDIO_CHUNK_MS", 20)
    h = harness
    h.server.script.next_response(audio_ms=460)
    async with FakeTwilioCall(h.endpoint, clock=h.clock) as call:
        await h.answer(call)
        await _reply_arrived(h, call, 460)
        if barge_at_ms is None:
            await call.step(25)
            assert call.heard_ms == 460
            await async_until(lambda: h.calls[0].tracker.pending_marks == 0, "the last mark")
            # After 100, 200, 300 and 400 ms, and at the end: 5 marks for 23 deltas.
            assert len(call.marks_echoed) == 5
            return
        await call.step(barge_at_ms // 20)
        h.speech.clear()
        call.say(300)
        await call.step()
        await call.wait_for(lambda: bool(call.clears))
        heard = call.clears[0].heard_ms
        assert heard == barge_at_ms + 20
        await async_until(lambda: h.sent("conversation.item.truncate"), "the truncate")
        (truncate,) = h.sent("conversation.item.truncate")
        assert abs(truncate["audio_end_ms"] - heard) <= 20


async def test_barge_in_after_the_reply_finished_sends_no_clear_and_no_truncate(
    harness: Harness,
) -> None:
    h = harness
    h.server.script.next_response(audio_ms=400)
    async with FakeTwilioCall(h.endpoint, clock=h.clock) as call:
        await h.answer(call)
        await _reply_arrived(h, call, 400)
        await call.step(25)  # 500 ms: the reply played out, every mark echoed
        assert call.heard_ms == 400 and call.buffered_ms == 0
        await async_until(lambda: h.calls[0].tracker.pending_marks == 0, "the last mark")
        h.speech.clear()
        call.say(300)
        await call.step()
        await asyncio.wait_for(h.speech.wait(), 10)
        h.server.script.next_response(audio_ms=100)
        await call.step(15 + SILENCE_MS // 20)
        h.expected = 2
        await async_until(lambda: h.done_count >= 2, "the next reply")
        assert call.clears == []
        assert h.sent("conversation.item.truncate") == []
        assert h.sent("response.cancel") == []


async def test_marks_echoed_after_a_clear_change_nothing(harness: Harness) -> None:
    h = harness
    h.server.script.next_response(audio_ms=4000)
    h.server.script.next_response(audio_ms=4000)
    # The dropped marks' echoes come late, while the second reply plays (a slow network).
    async with FakeTwilioCall(h.endpoint, clock=h.clock, cleared_marks_lag_ms=700) as call:
        await h.answer(call)
        await _reply_arrived(h, call, 4000)
        await call.step(30)  # 600 ms heard
        call.say(300)
        await call.step()
        await call.wait_for(lambda: bool(call.clears))
        tracker = h.calls[0].tracker
        assert tracker.pending_marks == 0  # forgotten at the clear
        assert tracker.get_state()["current_item_id"] is None
        echoed = len(call.marks_echoed)
        first_heard = call.heard_ms
        # The caller finishes speaking; the second reply comes and is heard 600 ms in.
        await call.step(15 + SILENCE_MS // 20)
        h.expected = 2
        await async_until(lambda: h.done_count >= 2, "the second reply")
        await _reply_arrived(h, call, first_heard + 4000)
        heard_before = call.heard_ms
        await call.step(30)
        # Twilio echoed the ~38 marks the clear dropped, late: the bridge ignored them all.
        assert len(call.marks_echoed) - echoed >= 35
        call.say(300)
        await call.step()
        await call.wait_for(lambda: len(call.clears) == 2)
        await async_until(lambda: len(h.sent("conversation.item.truncate")) == 2, "truncate")
        second = h.sent("conversation.item.truncate")[1]
        heard_second = call.clears[1].heard_ms - heard_before
        assert heard_second == 620
        # A stale mark would have counted the first reply's 4 s as heard: 4000 here.
        assert abs(second["audio_end_ms"] - heard_second) <= 20


async def test_dtmf_digits_and_custom_parameters_reach_the_app(harness: Harness) -> None:
    h = harness
    params = {"customer": "42", "lang": "fr"}
    async with FakeTwilioCall(h.endpoint, clock=h.clock, parameters=params) as call:
        await call.wait_for(lambda: bool(h.calls))
        assert h.calls[0].parameters == params
        assert h.calls[0].call_sid == call.call_sid and h.calls[0].stream_sid == call.stream_sid
        await call.press("12#")
        await async_until(lambda: len(h.digits) == 3, "the digits")
        assert h.digits == ["1", "2", "#"] and h.calls[0].digits == "12#"


@pytest.mark.parametrize("harness", ["openai", "azure"], indirect=True)
async def test_stop_ends_the_conversation_and_frees_everything(harness: Harness) -> None:
    h = harness
    before = asyncio.all_tasks()
    h.server.script.next_response(audio_ms=1000)
    call = FakeTwilioCall(h.endpoint, clock=h.clock)
    async with call:
        await h.answer(call)
        await _reply_arrived(h, call, 1000)
        await call.step(10)
    # stop sent, the bridge returned: the conversation is closed, nothing is left running.
    assert call.finished and call.closed
    (bridged,) = h.ended
    assert bridged.ended_by == "stop"
    assert bridged.conn.close_code is not None
    assert not h.endpoint.calls
    await async_until(lambda: h.server.connections_open == 0, "the server side to close")
    await async_until(lambda: asyncio.all_tasks() <= before | {asyncio.current_task()}, "tasks")
    if h.server.azure is not None:  # the client's route: the resource's, with its api-key
        (opened,) = h.server.connections
        assert opened.path == "/openai/v1/realtime" and "api-key" in opened.headers


async def test_the_conversation_ending_ends_the_call(harness: Harness) -> None:
    h = harness
    async with FakeTwilioCall(h.endpoint, clock=h.clock) as call:
        await call.wait_for(lambda: bool(h.calls))
        await h.calls[0].end()
        await call.wait_for(lambda: call.closed)
        await call.wait_for(lambda: call.finished)
    assert h.ended[0].ended_by == "app"

    async with FakeTwilioCall(h.endpoint, clock=h.clock) as call:
        await call.wait_for(lambda: len(h.calls) == 2)
        h.server.close_connections()
        await call.wait_for(lambda: call.closed)
    assert h.ended[1].ended_by == "conversation"


async def test_the_apps_tools_answer_function_calls() -> None:
    with FakeRealtimeServer() as server:
        tools = ToolRegistry()

        @tools.register
        def order_status(order: str) -> str:
            """The status of an order."""
            return f"order {order} shipped"

        server.script.next_response(function_call=("order_status", {"order": "7"}))
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            clock = ManualClock()
            app = twilio_endpoint(client, session=SESSION, tools=tools, clock=clock)
            async with FakeTwilioCall(app, clock=clock) as call:
                call.say(300)
                await call.step(15 + SILENCE_MS // 20 + 1)

                def output() -> list[Any]:
                    return [
                        e
                        for conn in server.received
                        for e in conn
                        if e["type"] == "conversation.item.create"
                        and e["item"].get("type") == "function_call_output"
                    ]

                await async_until(output, "the tool's output")
                assert output()[0]["item"]["output"] == "order 7 shipped"


async def test_a_session_callable_sees_the_call() -> None:
    with FakeRealtimeServer() as server:
        seen: list[dict[str, str]] = []

        async def session_for(call: TwilioCall) -> dict[str, Any]:
            seen.append(dict(call.parameters))
            return realtime_session(instructions=f"Customer {call.parameters['customer']}.")

        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            app = twilio_endpoint(client, session=session_for)
            async with FakeTwilioCall(app, parameters={"customer": "9"}) as call:
                await call.wait_for(
                    lambda: any(
                        e["type"] == "session.update" for conn in server.received for e in conn
                    )
                )
            update = next(e for c in server.received for e in c if e["type"] == "session.update")
            assert update["session"]["instructions"] == "Customer 9."
            assert update["session"]["audio"]["output"]["format"] == {"type": "audio/pcmu"}
            assert seen == [{"customer": "9"}]


def test_bad_arguments_are_refused_before_any_call() -> None:
    client = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9")
    with pytest.raises(InvalidArgumentError, match=r"G\.711 mu-law"):
        twilio_endpoint(client, session=realtime_session(output_audio_format="audio/pcm"))
    with pytest.raises(InvalidArgumentError, match="session must be"):
        twilio_endpoint(client, session=42)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="client must be"):
        twilio_endpoint(object(), session=SESSION)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="on_dtmf must be callable"):
        twilio_endpoint(client, session=SESSION, on_dtmf="x")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="max_retries"):
        twilio_endpoint(client, session=SESSION, max_retries=-1)
    # The connection options are client.connect's, checked at startup, not at the first call.
    with pytest.raises(InvalidArgumentError, match="'ping_interval'"):
        twilio_endpoint(client, session=SESSION, ping_intervall=5.0)  # type: ignore[call-arg]
    with pytest.raises(InvalidArgumentError, match="max_session_duration"):
        twilio_endpoint(client, session=SESSION, max_session_duration=-1.0)
    with pytest.raises(InvalidArgumentError, match="'extensions' is no option of twilio_endpoint"):
        twilio_endpoint(client, session=SESSION, extensions=[])
    with pytest.raises(InvalidArgumentError, match="'playback'"):  # a Voice's, not an option
        twilio_endpoint(client, session=SESSION, playback=None)  # type: ignore[call-arg]
    # A format that already says mu-law is kept.
    twilio_endpoint(client, session=realtime_session(output_audio_format="audio/pcmu"))


async def test_plain_http_is_answered_426() -> None:
    client = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9")
    app = twilio_endpoint(client, session=SESSION)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: Any) -> None:
        sent.append(dict(message))

    await app({"type": "http", "method": "GET", "path": "/"}, receive, send)
    assert sent[0]["status"] == 426
    await client.close()


async def test_with_max_retries_a_dropped_conversation_is_reopened_and_the_call_goes_on() -> None:
    with FakeRealtimeServer() as server:
        server.script.next_response(audio_ms=400)
        clock = ManualClock(advance_on_sleep=True)  # the reconnect backoff takes no time
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            app = twilio_endpoint(client, session=SESSION, clock=clock, max_retries=3)
            assert isinstance(app, TwilioEndpoint)
            async with FakeTwilioCall(app, clock=clock) as call:
                await async_until(lambda: len(server.received) == 1, "the conversation")
                await async_until(lambda: server.received[0], "the session.update")
                server.close_connections(1011, "restart")
                await async_until(lambda: len(server.received) == 2, "the reconnect")
                (bridged,) = app.calls
                await async_until(lambda: bridged.conn.reconnects == 1, "the reconnect")
                call.say(400)
                await call.step(20 + SILENCE_MS // 20 + 1)
                await call.wait_for(lambda: call.heard_ms + call.buffered_ms >= 400)
                assert not call.closed
            # The new server session got the phone's audio format again.
            update = next(e for e in server.received[1] if e["type"] == "session.update")
            assert update["session"]["audio"]["input"]["format"] == {"type": "audio/pcmu"}


async def test_malformed_and_unknown_twilio_messages_are_ignored() -> None:
    with FakeRealtimeServer() as server:
        ended: list[str | None] = []

        def on_end(call: TwilioCall) -> None:
            ended.append(call.ended_by)

        messages: list[dict[str, Any]] = [
            {"type": "websocket.connect"},
            {"type": "websocket.receive", "text": "not json"},
            {"type": "websocket.receive", "bytes": b"\xff\x00"},
            {"type": "websocket.receive", "text": "[1, 2]"},
            {"type": "websocket.receive", "text": '{"event": "connected"}'},
            {"type": "websocket.receive", "text": '{"event": "start", "start": 7}'},
            {"type": "websocket.receive", "text": '{"event": "media"}'},
            {"type": "websocket.receive", "text": '{"event": "media", "media": {"payload": 5}}'},
            {"type": "websocket.receive", "text": '{"event": "mark", "mark": null}'},
            {"type": "websocket.receive", "text": '{"event": "dtmf", "dtmf": {}}'},
            {"type": "websocket.receive", "text": '{"event": "from_the_future", "x": 1}'},
            {"type": "websocket.receive", "text": '{"event": "stop"}'},
        ]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return messages.pop(0)

        async def send(message: Any) -> None:
            sent.append(dict(message))

        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            app = twilio_endpoint(client, session=SESSION, on_end=on_end)
            signature = twilio_signature(TOKEN, "wss://h/").encode()
            scope = {
                "type": "websocket",
                "path": "/",
                "headers": [(b"host", b"h"), (b"x-twilio-signature", signature)],
            }
            await asyncio.wait_for(app(scope, receive, send), 10)
        assert ended == ["stop"]
        assert sent[0] == {"type": "websocket.accept"}
        assert sent[-1] == {"type": "websocket.close", "code": 1000}
        appended = [e for c in server.received for e in c if e["type"].startswith("input_")]
        assert appended == []  # nothing that was not audio went to the model


async def test_run_paces_steps_on_the_clock_and_what_was_heard_is_kept() -> None:
    with FakeRealtimeServer() as server:
        server.script.next_response(audio_ms=400)
        clock = ManualClock(advance_on_sleep=True)  # each real-time wait returns at once
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            app = twilio_endpoint(client, session=SESSION, clock=clock)
            async with FakeTwilioCall(app, clock=clock) as call:
                call.say(400)
                await call.run(400 + SILENCE_MS + 20)
                assert clock.now() == pytest.approx(0.62)
                assert clock.sleeps and all(s == pytest.approx(FRAME) for s in clock.sleeps)
                await call.wait_for(lambda: call.heard_ms + call.buffered_ms >= 400)
                await call.run(500)
                assert call.heard_ms == 400 and len(call.heard) == 400 * 8
                assert call.heard != bytes(len(call.heard))  # the voice, not silence


def test_the_fake_callers_silence_is_encoded_mulaw_silence() -> None:
    # realtime_ext.testing._twilio writes its silent frame out (no encoder table at import).
    from realtime_ext.audio import PCMU
    from realtime_ext.testing._twilio import FRAME_BYTES, SILENCE

    assert PCMU.encode(bytes(FRAME_BYTES * 2)) == SILENCE and len(SILENCE) == FRAME_BYTES


async def test_a_reply_cut_by_a_drop_is_asked_again_and_the_caller_hears_it() -> None:
    # A production call: the line to the Realtime API drops while the reply is streaming.
    # The call goes on (reconnected, the conversation carried), Twilio's buffer of the dead
    # reply is cleared, and the reply is asked for again on the new session, so the caller
    # hears an answer instead of silence (or, before, the call ending on ResponseLostError).
    with FakeRealtimeServer() as server:
        server.script.next_response(audio_ms=2000)
        server.script.next_response(audio_ms=400)
        # Cut once the caller has some of the reply: its transcript's first three tokens
        # come first (as on the real API), then its audio.
        server.faults.drop_mid_response(after_deltas=5)
        clock = ManualClock(advance_on_sleep=True)
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            app = twilio_endpoint(client, session=SESSION, clock=clock, max_retries=3)
            assert isinstance(app, TwilioEndpoint)
            async with FakeTwilioCall(app, clock=clock) as call:
                await async_until(lambda: len(server.received) == 1, "the conversation")
                call.say(400)
                await call.step(20 + SILENCE_MS // 20 + 1)
                await async_until(lambda: len(server.received) == 2, "the reconnect")
                await async_until(
                    lambda: any(e["type"] == "response.create" for e in server.received[1]),
                    "the reply asked for again",
                )
                await call.wait_for(lambda: call.buffered_ms >= 400)
                assert not call.closed
                (clear,) = call.clears  # the dead reply's rest, cleared from Twilio's buffer
                assert clear.dropped_ms > 0
                (bridged,) = app.calls
                assert bridged.conn.reconnects == 1
                await call.step(30)
                assert call.heard_ms - clear.heard_ms == 400  # the new reply, all of it
                assert not call.closed


async def test_a_tool_running_when_the_line_drops_answers_once_and_the_caller_hears_it() -> None:
    # The line to the Realtime API drops while the app's tool runs (a slow lookup, a
    # booking). The tool runs once, its output goes to the new session (given the call with
    # the history), and the reply that follows reaches the caller. Before, the output was
    # thrown away and the bridge asked again: the model could call the tool a second time.
    with FakeRealtimeServer() as server:
        tools = ToolRegistry()
        gate = asyncio.Event()
        runs: list[str] = []

        @tools.register
        async def book(slot: str) -> str:
            """Book a slot."""
            runs.append(slot)
            await gate.wait()
            return f"booked {slot}"

        server.script.next_response(function_call=("book", {"slot": "9am"}))
        server.script.next_response(audio_ms=400)
        clock = ManualClock(advance_on_sleep=True)
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            app = twilio_endpoint(client, session=SESSION, tools=tools, clock=clock)
            assert isinstance(app, TwilioEndpoint)
            async with FakeTwilioCall(app, clock=clock) as call:
                await async_until(lambda: len(server.received) == 1, "the conversation")
                call.say(400)
                await call.step(20 + SILENCE_MS // 20 + 1)
                await async_until(lambda: runs, "the tool to start")
                server.faults.drop_after(0)  # the next server event is never sent: 1006
                (bridged,) = app.calls
                await bridged.conn.send({"type": "input_audio_buffer.clear"})
                await async_until(lambda: bridged.conn.reconnects == 1, "the reconnect")
                gate.set()
                await call.wait_for(lambda: call.buffered_ms >= 400)
                await call.step(30)
                assert call.heard_ms >= 400 and not call.closed
        assert runs == ["9am"]
        new_session = server.received[1]
        outputs = [
            e["item"]["output"]
            for e in new_session
            if e["type"] == "conversation.item.create"
            and e["item"]["type"] == "function_call_output"
        ]
        assert outputs == ["booked 9am"]
        assert [e["type"] for e in new_session].count("response.create") == 1


async def test_a_barge_in_after_a_rollover_clears_the_reply_still_playing() -> None:
    # A rollover (the connection's max_session_duration, 55 minutes by default) comes once
    # the reply has arrived, not once the caller heard it: Twilio still plays most of it in
    # the new session. The caller barges in there: the rest is cleared from Twilio at once,
    # nothing is truncated in the new session (the reply is a carried text copy, which has
    # no audio: the server would answer an error), and the next reply is heard whole.
    with FakeRealtimeServer() as server:
        server.script.next_response(audio_ms=4000)
        server.script.next_response(audio_ms=400)
        clock = ManualClock()
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            errors: list[object] = []
            app = twilio_endpoint(
                client,
                session=SESSION,
                clock=clock,
                on_start=lambda call: call.conn.on("error", errors.append),
                max_session_duration=0.7,  # of the test clock, instead of 55 minutes
            )
            assert isinstance(app, TwilioEndpoint)
            async with FakeTwilioCall(app, clock=clock) as call:
                await async_until(lambda: len(server.received) == 1, "the conversation")
                call.say(400)
                await call.step(20 + SILENCE_MS // 20 + 1)
                await call.wait_for(lambda: call.buffered_ms + call.heard_ms >= 4000)
                await call.step(10)  # past 0.7 s, with the reply arrived: a quiet point
                (bridged,) = app.calls
                await async_until(lambda: bridged.conn.reconnects == 1, "the rollover")
                assert len(server.received) == 2 and call.buffered_ms > 2000
                call.say(400)  # over the rest of the first reply
                await call.step(20)
                await call.wait_for(lambda: bool(call.clears))
                (clear,) = call.clears
                assert clear.dropped_ms > 2000  # the rest of the first reply, never heard
                await call.step(SILENCE_MS // 20 + 1)
                await call.wait_for(lambda: call.buffered_ms >= 400)
                await call.step(30)
                assert call.heard_ms - clear.heard_ms == 400  # the second reply, all of it
                assert not call.closed
            sent = [e["type"] for e in server.received[1]]
            assert "conversation.item.truncate" not in sent and "response.cancel" not in sent
            assert errors == []

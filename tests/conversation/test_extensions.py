"""``conn.add_extension(ext)``: the extension sees every decoded server event before handlers
and every client event sent, and may send through the connection (sync and async)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from realtime_ext import Extension, InvalidArgumentError, RealtimeClient, RealtimeServerError
from realtime_ext._base.extensions import Extensions
from realtime_ext.connection import AsyncRealtimeConnection, aconnect, connect
from realtime_ext.conversation import (
    Conversation,
    Link,
    ReconnectedEvent,
    ReconnectingEvent,
    Reply,
    ResponseLostError,
    ResponseLostEvent,
)
from realtime_ext.events import ServerEvent
from realtime_ext.telemetry import SessionMetrics, Telemetry, measure
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import ToolRegistry

T = 10.0
SESSION = {"type": "realtime", "model": "gpt-realtime", "instructions": "You answer phones."}


class Recorder(Extension):
    def __init__(self, log: list[str]) -> None:
        self.log = log
        self.payloads: list[dict[str, Any]] = []

    def received(self, event: ServerEvent) -> None:
        self.log.append(f"ext:{event.type}")

    def sent(self, payload: dict[str, Any]) -> None:
        self.payloads.append(payload)


def test_sync_extension_sees_events_before_handlers_and_every_send(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(text="Hi")
    log: list[str] = []
    with connect(
        api_key="sk-test", base_url=server.base_url, model="m", telemetry=Telemetry()
    ) as conn:
        ext = conn.add_extension(Recorder(log))
        assert isinstance(ext, Extension)
        # connect() adds the telemetry's (an extension); nothing else unless asked
        metrics, added = conn.extensions
        assert added is ext
        assert metrics.metrics is SessionMetrics.of(conn)  # type: ignore[attr-defined]
        conn.on("response.done", lambda event: log.append("handler:response.done"))
        conn.session.update(session={"type": "realtime", "instructions": "x"})
        conn.response.create()
        conn.send({"type": "input_audio_buffer.clear"})
        conn.run_until("response.done", timeout=T)
    i = log.index("ext:response.done")
    assert log[i + 1] == "handler:response.done"
    assert log[0] == "ext:session.created"
    assert [p["type"] for p in ext.payloads] == [
        "session.update",
        "response.create",
        "input_audio_buffer.clear",
    ]
    assert ext.payloads[0]["session"]["instructions"] == "x"


def test_sync_extension_may_send_and_sees_tool_loop_sends(server: FakeRealtimeServer) -> None:
    registry = ToolRegistry()

    @registry.register
    def add(a: int, b: int) -> int:
        """Add."""
        return a + b

    server.script.next_response(function_call=("add", {"a": 1, "b": 2}))
    server.script.next_response(text="3")

    class Answerer(Extension):
        def __init__(self, conn: Conversation) -> None:
            self.conn = conn
            self.sent_types: list[str] = []
            self.tools: list[str] = []

        def tool_started(self, call: dict[str, Any]) -> Callable[[object], None]:
            self.tools.append(f"started {call['name']}")
            return lambda output: self.tools.append(f"ended {type(output).__name__}")

        def received(self, event: ServerEvent) -> None:
            if event.type == "session.created":
                self.conn.response.create()

        def sent(self, payload: dict[str, Any]) -> None:
            self.sent_types.append(payload["type"])

    with connect(api_key="sk-test", base_url=server.base_url, model="m") as conn:
        conn.run_tools(registry)
        ext = conn.add_extension(Answerer(conn))
        conn.run_until("response.done", timeout=T)  # the function call
        conn.run_until("response.done", timeout=T)  # the answer after the tool output
    assert ext.sent_types == ["response.create", "conversation.item.create", "response.create"]
    assert ext.tools == ["started add", "ended dict"]  # the output event, before it is sent


def test_sync_extension_sees_error_before_it_is_raised(server: FakeRealtimeServer) -> None:
    log: list[str] = []
    with connect(api_key="sk-test", base_url=server.base_url, model="m") as conn:
        conn.add_extension(Recorder(log))
        conn.send({"type": "no.such.event"})
        with pytest.raises(RealtimeServerError):
            conn.run_until("response.done", timeout=T)
    assert log[-1] == "ext:error"


def test_remove_and_bad_extensions(server: FakeRealtimeServer) -> None:
    class Async(Extension):
        async def received(self, event: object) -> None: ...
        async def sent(self, payload: dict[str, Any]) -> None: ...

    class AsyncClosed(Extension):  # called directly: an async one would never run
        async def closed(self) -> None: ...  # type: ignore[override]

    with connect(api_key="sk-test", base_url=server.base_url, model="m") as conn:
        ext = Recorder([])
        conn.add_extension(ext)
        with pytest.raises(InvalidArgumentError, match="already added"):
            conn.add_extension(ext)
        with pytest.raises(InvalidArgumentError, match=r"subclasses realtime_ext\.Extension"):
            conn.add_extension(object())  # type: ignore[type-var]
        with pytest.raises(InvalidArgumentError, match="async extensions need an asyncio"):
            conn.add_extension(Async())
        with pytest.raises(InvalidArgumentError, match="closed must be a plain"):
            conn.add_extension(AsyncClosed())
        assert conn.remove_extension(ext) is True
        assert conn.remove_extension(ext) is False
        conn.response.create()
        assert ext.payloads == []


async def test_async_extension_may_be_async_and_send(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hi")
    log: list[str] = []

    class Starter(Extension):
        def __init__(self, conn: AsyncRealtimeConnection) -> None:
            self.conn = conn
            self.sent_types: list[str] = []

        async def received(self, event: ServerEvent) -> None:
            log.append(f"ext:{event.type}")
            if event.type == "session.created":
                await self.conn.response.create()

        async def sent(self, payload: dict[str, Any]) -> None:
            self.sent_types.append(payload["type"])

    async with await aconnect(api_key="sk-test", base_url=server.base_url, model="m") as conn:
        ext = conn.add_extension(Starter(conn))
        sync_ext = conn.add_extension(Recorder(log))

        @conn.on("response.done")
        def done(event: object) -> None:
            log.append("handler:response.done")

        await conn.run_until("response.done", timeout=T)
    assert ext.sent_types == ["response.create"]
    assert [p["type"] for p in sync_ext.payloads] == ["response.create"]
    assert log[-3:] == ["ext:response.done", "ext:response.done", "handler:response.done"]


def test_sideband_connections_take_extensions(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hello caller")
    log: list[str] = []
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        call = server.register_call()
        client.calls.accept(call.id, session=SESSION)
        with client.connect(call_id=call.id) as conn:
            ext = conn.add_extension(Recorder(log))
            conn.response.create()
            conn.run_until("response.done", timeout=T)
    # A sideband gets no session.created (as on the real API): its first event is the
    # response it asked for.
    assert log[0] == "ext:response.created" and log[-1] == "ext:response.done"
    assert [p["type"] for p in ext.payloads] == ["response.create"]


class Observer(Extension):
    """observe() for every event; received() only for those it asks for."""

    def __init__(self, ask_for: str) -> None:
        self.ask_for = ask_for
        self.observed: list[str] = []
        self.received_types: list[str] = []

    def observe(self, event: ServerEvent, data: dict[str, Any] | None) -> bool:
        self.observed.append(event.type)
        return event.type == self.ask_for

    def received(self, event: ServerEvent) -> None:
        self.received_types.append(event.type)

    def sent(self, payload: dict[str, Any]) -> None:
        pass


def test_observe_sees_every_event_and_received_only_what_it_asks_for(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(text="Hi")
    with connect(api_key="sk-test", base_url=server.base_url, model="m") as conn:
        ext = conn.add_extension(Observer("response.done"))
        conn.response.create()
        conn.run_until("response.done", timeout=T)
    assert ext.observed[0] == "session.created"
    assert ext.observed[-1] == "response.done"
    assert len(ext.observed) > 3
    assert ext.received_types == ["response.done"]


async def test_async_observe_sees_every_event_and_received_only_what_it_asks_for(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(text="Hi")
    async with aconnect(api_key="sk-test", base_url=server.base_url, model="m") as conn:
        ext = conn.add_extension(Observer("response.created"))
        await conn.response.create()
        await conn.run_until("response.done", timeout=T)
    assert ext.observed[-1] == "response.done"
    assert ext.received_types == ["response.created"]


def test_async_observe_is_refused(server: FakeRealtimeServer) -> None:
    class AsyncObserver(Observer):
        async def observe(  # type: ignore[override]
            self, event: ServerEvent, data: dict[str, Any] | None
        ) -> bool:
            return False

    with connect(api_key="sk-test", base_url=server.base_url, model="m") as conn:
        with pytest.raises(InvalidArgumentError, match="observe must be a plain"):
            conn.add_extension(AsyncObserver("x"))
        assert conn.extensions == ()  # nothing half-added


class _Scripted:
    """A transport that hands out the same server event, forever."""

    close_code = None
    close_reason = None

    def send_text(self, data: str) -> None:
        pass

    def recv_message(self, timeout: float | None) -> str:
        return '{"type": "input_audio_buffer.cleared", "event_id": "e"}'

    def close(self, code: int = 1000, reason: str = "") -> None:
        pass


def test_a_lone_observer_and_several_are_told_alike() -> None:
    # One observing extension is called directly; adding and removing switches paths.
    conn = Conversation(_Scripted())
    first = conn.add_extension(Observer("input_audio_buffer.cleared"))
    conn.recv()
    second = conn.add_extension(Observer("none"))
    conn.recv()
    assert conn.remove_extension(first)
    conn.recv()
    conn.add_extension(first)
    assert conn.remove_extension(second)
    conn.recv()
    assert len(first.observed) == len(first.received_types) == 3
    assert len(second.observed) == 2 and second.received_types == []
    plain = Recorder([])  # no observe: received for every event, alone too
    conn.add_extension(plain)
    conn.recv()
    assert conn.remove_extension(first)
    conn.recv()
    assert plain.log == ["ext:input_audio_buffer.cleared"] * 2
    assert conn.remove_extension(plain)
    conn.add_extension(second)
    assert conn.remove_extension(second)
    conn.recv()  # nobody left: the lone observer removed is not called any more
    assert len(first.observed) == 4 and len(second.observed) == 2


class _Turn:
    """A transport that hands out one response's events, then the same delta forever."""

    close_code = None
    close_reason = None

    def __init__(self) -> None:
        self.events = [
            {"type": "response.created", "event_id": "e1", "response": {"id": "r1"}},
            {
                "type": "response.done",
                "event_id": "e2",
                "response": {"id": "r1", "status": "completed"},
            },
        ]

    def send_text(self, data: str) -> None:
        pass

    def recv_message(self, timeout: float | None) -> str:
        event = self.events.pop(0) if self.events else {"type": "input_audio_buffer.cleared"}
        return json.dumps(event)

    def close(self, code: int = 1000, reason: str = "") -> None:
        pass


def test_a_conversation_of_your_own_is_measured_by_the_metrics_extension() -> None:
    # The core names no feature: measure() attaches the metrics as an extension whose table
    # of event types the conversation reads, and whose closed() it calls.
    conn = Conversation(_Turn())
    metrics = measure(conn)
    (recorder,) = conn.extensions
    assert SessionMetrics.of(conn) is metrics and isinstance(recorder.noted, dict)  # type: ignore[attr-defined]
    conn.send({"type": "response.create"})
    conn.run_until("response.done", timeout=T)
    assert metrics.count == 1 and metrics[-1].trigger == "response.create"
    conn.close()
    assert recorder.trace is None  # type: ignore[attr-defined]  # closed(): the span ended
    off = Conversation(_Turn())
    assert measure(off, False).count == 0 and off.extensions == ()
    assert SessionMetrics.of(off).count == 0


class _Translating:
    """A translation session's transport: its first translated audio answers the first
    audio sent."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def send_text(self, data: str) -> None:
        if json.loads(data)["type"] == "session.input_audio_buffer.append":
            self.events.append({"type": "session.output_audio.delta", "delta": "AAAA"})

    def recv_message(self, timeout: float | None) -> str:
        event = self.events.pop(0) if self.events else {"type": "session.closed"}
        return json.dumps({"event_id": "e1", **event})

    def close(self, code: int = 1000, reason: str = "") -> None:
        pass


def test_a_translation_session_of_your_own_is_measured_as_one() -> None:
    # measure(conn, translation=True): the translation session's one figure, from its first
    # audio sent to its first translated audio (it has no responses to measure).
    from realtime_ext.conversation import TRANSLATION

    ticks = iter(range(100))
    conn = Conversation(_Translating(), protocol=TRANSLATION)
    metrics = measure(conn, now=lambda: next(ticks) * 0.25, translation=True)
    conn.send({"type": "session.input_audio_buffer.append", "audio": "AAAA"})
    conn.run_until("session.output_audio.delta", timeout=T)
    assert metrics.time_to_first_audio_ms == 250.0 and metrics.count == 0
    conn.close()


def test_only_the_methods_a_class_overrides_are_called() -> None:
    # The paths are read from the class, once: an extension that only watches sends is not
    # told of events received, one that inherits received() from its base is.
    class SentOnly(Extension):
        def sent(self, payload: dict[str, Any]) -> None: ...

    class Watching(Recorder):  # received() and sent() inherited from a subclass
        pass

    extensions = Extensions()
    sent_only = SentOnly()
    extensions.add(sent_only)
    assert extensions.observers == () and extensions.only is None
    assert extensions.plain == (sent_only.sent,) and extensions.closed == ()
    watching = Watching([])
    extensions.add(watching)
    assert extensions.observers == ((watching, None),)
    assert extensions.plain == (sent_only.sent, watching.sent)
    assert extensions.remove(sent_only) and extensions.plain == (watching.sent,)


class Lifecycle(Extension):
    """The session-level methods, logged in the order they are called."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def reconnecting(self, event: ReconnectingEvent) -> None:
        self.log.append(f"ext:reconnecting {event.attempt}")

    def reconnected(self, event: ReconnectedEvent) -> None:
        self.log.append(f"ext:reconnected {event.close_code}")

    def response_lost(self, event: ResponseLostEvent) -> None:
        self.log.append(f"ext:lost {len(event.response_ids)}")

    def closed(self) -> None:
        self.log.append("ext:closed")


def test_moves_to_a_new_connection_and_the_close_are_told_before_the_app(
    server: FakeRealtimeServer,
) -> None:
    log: list[str] = []
    with connect(
        api_key="sk-test",
        base_url=server.base_url,
        model="m",
        reconnect_delay=0.02,
        max_retries=2,
        on_reconnecting=lambda event: log.append("app:reconnecting"),
        on_reconnected=lambda event: log.append("app:reconnected"),
    ) as conn:
        conn.add_extension(Lifecycle(log))
        assert conn.recv(T).type_ == "session.created"
        server.faults.drop_after(4)  # response.created and a few deltas, then the cut
        conn.response.create()
        with pytest.raises(ResponseLostError):
            while True:
                conn.recv(T)
    assert log == [
        "ext:reconnecting 1",
        "app:reconnecting",
        "ext:reconnected 1006",
        "app:reconnected",
        "ext:lost 1",
        "ext:closed",
    ]


def test_the_carry_reads_the_first_extension_that_gives_what_is_carried(
    server: FakeRealtimeServer,
) -> None:
    # Read through the public interface (Extension.carried), never found by name: voice's
    # history when it is attached, nothing once it is removed. The telemetry's recorder
    # asks no feature: it counts audio itself.
    from realtime_ext.telemetry._recorder import ConversationRecorder
    from realtime_ext.voice import Voice

    voice = Voice()
    with connect(
        api_key="sk-test",
        base_url=server.base_url,
        model="m",
        telemetry=Telemetry(),
        extensions=[voice],
    ) as conn:
        attached, recorder = conn.extensions
        assert attached is voice and voice.conn is conn
        assert isinstance(recorder, ConversationRecorder)
        assert recorder._source is None
        assert conn._core.reconnector.carry.history == voice.carried
        conn.remove_extension(voice)  # nothing is rediscovered when the extensions change
        assert conn._core.reconnector.carry.history is None
        assert recorder._source is None


def test_an_extension_of_your_own_answers_calls_through_its_link(
    server: FakeRealtimeServer,
) -> None:
    # What the tool loop does, written from the interface alone: added() gives the Link;
    # will_answer() makes the conversation owe the follow-up (so a rollover waits, and a new
    # session is given the call); the reply says when the follow-up should go out.
    server.script.next_response(function_call=("lookup", {"city": "Oslo"}))
    server.script.next_response(text="Rain.")

    class Answers(Extension):
        def __init__(self, conn: Conversation) -> None:
            self.conn = conn
            self.links: list[Link] = []
            self.pending: list[tuple[dict[str, Any], Reply]] = []

        def added(self, link: Link) -> None:
            self.links.append(link)

        def observe(self, event: ServerEvent, data: dict[str, Any] | None) -> bool:
            if event.type != "response.done" or data is None:
                return False
            calls = [i for i in data["response"]["output"] if i["type"] == "function_call"]
            if calls:
                self.pending.append((calls[0], self.links[0].will_answer(calls)))
            return bool(calls)

        def received(self, event: ServerEvent) -> None:
            call, reply = self.pending.pop()
            assert reply.current and not self.links[0].closing
            output = {"type": "function_call_output", "call_id": call["call_id"], "output": "r"}
            self.conn.conversation.item.create(item=output)
            if reply.done():
                self.conn.response.create()

    with connect(api_key="sk-test", base_url=server.base_url, model="m") as conn:
        answers = conn.add_extension(Answers(conn))
        conn.response.create()
        calls = conn.run_until("response.done", timeout=T).to_dict()
        assert calls["response"]["output"][0]["type"] == "function_call"
        done = conn.run_until("response.done", timeout=T).to_dict()
        assert done["response"]["output"][0]["type"] == "message"
        assert not answers.links[0].closing
    assert len(answers.links) == 1 and answers.links[0].closing  # after close()
    sent = [event["type"] for event in server.received[0]]
    assert sent[-3:] == ["response.create", "conversation.item.create", "response.create"]


def test_extensions_are_checked_before_anything_opens(server: FakeRealtimeServer) -> None:
    from realtime_ext.voice import AsyncVoice, Voice

    class AsyncLog(Extension):
        async def received(self, event: ServerEvent) -> None:
            pass

    voice = Voice()
    cases: list[tuple[object, str]] = [
        (Voice, "extensions must be a list"),
        ([object()], "subclasses realtime_ext.Extension"),
        ([voice, voice], "lists Voice twice"),
        ([AsyncLog()], "AsyncLog.received is async"),
        ([AsyncVoice()], "AsyncVoice.received is async"),
    ]
    for extensions, message in cases:
        with pytest.raises(InvalidArgumentError, match=message):
            connect(api_key="sk-test", base_url=server.base_url, model="m", extensions=extensions)  # type: ignore[arg-type]
    assert server.connections == []  # nothing opened


def test_a_voice_belongs_to_one_conversation(server: FakeRealtimeServer) -> None:
    from realtime_ext.voice import Voice

    voice = Voice()
    with pytest.raises(InvalidArgumentError, match="not attached to a conversation"):
        voice.interrupt()
    with connect(
        api_key="sk-test", base_url=server.base_url, model="m", extensions=[voice]
    ) as conn:
        assert conn.extensions == (voice,) and voice.conn is conn
        with (
            connect(api_key="sk-test", base_url=server.base_url, model="m") as other,
            pytest.raises(InvalidArgumentError, match="already attached to another"),
        ):
            other.add_extension(voice)
        assert other.extensions == ()  # refused by added(): not left half-added


def test_an_extension_of_your_own_gives_a_new_session_its_items(
    server: FakeRealtimeServer,
) -> None:
    # Extension.carried(), read at the move: no voice here, the app's own items.
    from .test_carry import Item

    class Pinned(Extension):
        def __init__(self) -> None:
            self.items = [Item("item_pinned", text="My name is Ada.")]

        def carried(self) -> list[Item]:
            return self.items

    told: list[ReconnectedEvent] = []
    with connect(
        api_key="sk-test",
        base_url=server.base_url,
        model="m",
        max_retries=2,
        reconnect_delay=0.01,
        on_reconnected=told.append,
        extensions=[Pinned()],
    ) as conn:
        conn.recv(T)
        server.faults.drop_after(0)
        conn.send({"type": "input_audio_buffer.clear"})  # the drop; the reconnect follows
        conn.run_until("session.created", timeout=T)
    assert told[0].carried_ids == ("item_pinned",)
    created = [e for e in server.received[-1] if e["type"] == "conversation.item.create"]
    assert created[0]["item"]["id"] == "item_pinned"
    assert created[0]["item"]["content"][0]["text"] == "My name is Ada."

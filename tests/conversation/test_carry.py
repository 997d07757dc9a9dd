"""What a new session is given (``carry=``), unit by unit and against the in-process fake:
the merged session, the history within its bounds, an app's own choice, the configuration
only, a sideband rejoining the same session, translation sessions, bad arguments."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from realtime_ext import APITimeoutError, InvalidArgumentError
from realtime_ext._base.carry import Carry
from realtime_ext.conversation import CarriedItem, ReconnectedEvent
from realtime_ext.testing import FakeRealtimeServer

from .conftest import Both

T = 10.0


@dataclass
class Item:
    id: str
    type: str = "message"
    role: str | None = "user"
    name: str | None = None
    call_id: str | None = None
    arguments: str = ""
    output: str | None = None
    text: str = ""
    transcript: str = ""


def texts(carry: Carry, **kwargs: Any) -> list[dict[str, Any]]:
    return [json.loads(text) for text in carry.plan(same_session=False, **kwargs).texts]


def test_every_session_update_is_merged_as_the_server_applies_it() -> None:
    carry = Carry()
    tools = [{"type": "function", "name": "lookup"}]
    first = {"type": "realtime", "instructions": "Be brief.", "tools": tools}
    carry.sent({"type": "session.update", "session": first}, "")
    voice = {"audio": {"output": {"voice": "marin"}}}
    carry.sent({"type": "session.update", "session": {"output_modalities": ["text"], **voice}}, "")
    carry.sent({"type": "session.update", "session": {"audio": {"output": {"speed": 1.2}}}}, "")
    (update,) = texts(carry)
    assert update == {
        "type": "session.update",
        "session": {
            "type": "realtime",
            "instructions": "Be brief.",
            "tools": tools,
            "output_modalities": ["text"],
            "audio": {"output": {"voice": "marin", "speed": 1.2}},
        },
    }


def test_history_is_recreated_in_order_with_ids_and_chained() -> None:
    carry = Carry()
    history = [
        Item("u1", text="Weather in Paris?"),
        Item("c1", type="function_call", role=None, name="lookup", call_id="k1", arguments="{}"),
        Item("o1", type="function_call_output", role=None, call_id="k1", output="sunny"),
        Item("a1", role="assistant", transcript="It is sunny."),  # audio: its transcript
        Item("c2", type="function_call", role=None, name="lookup", call_id="k2"),  # unanswered
        Item("m1", type="mcp_call", role=None),  # cannot be re-created
    ]
    carry.history = lambda: history
    sent = texts(carry)
    assert [event["item"]["id"] for event in sent] == ["u1", "c1", "o1", "a1"]
    assert [event.get("previous_item_id") for event in sent] == [None, "u1", "c1", "o1"]
    assert sent[0]["item"]["content"] == [{"type": "input_text", "text": "Weather in Paris?"}]
    assert sent[3]["item"]["content"] == [{"type": "output_text", "text": "It is sunny."}]
    assert sent[1]["item"] == {
        "id": "c1",
        "type": "function_call",
        "call_id": "k1",
        "name": "lookup",
        "arguments": "{}",
    }
    # A call whose output is on its way (unconfirmed or queued) goes with it.
    output = {"type": "function_call_output", "call_id": "k2", "output": "x", "id": "o2"}
    queued = json.dumps({"type": "conversation.item.create", "item": output})
    ids = [event["item"]["id"] for event in texts(carry, queued=[queued])]
    assert ids == ["u1", "c1", "o1", "a1", "c2"]


def test_the_bounds_keep_the_most_recent_items() -> None:
    history = [Item(f"i{n}", text="x" * 10) for n in range(10)]
    by_items = Carry(max_items=3)
    by_items.history = lambda: history
    assert [e["item"]["id"] for e in texts(by_items)] == ["i7", "i8", "i9"]
    by_chars = Carry(max_chars=25)
    by_chars.history = lambda: history
    assert [e["item"]["id"] for e in texts(by_chars)] == ["i8", "i9"]
    # An output whose call fell outside the window is left out too.
    pair = [
        Item("c", type="function_call", role=None, call_id="k"),
        Item("o", type="function_call_output", role=None, call_id="k", output="1"),
        Item("u", text="next"),
    ]
    tight = Carry(max_items=2)
    tight.history = lambda: pair
    assert [e["item"]["id"] for e in texts(tight)] == ["u"]


def test_a_function_of_the_app_chooses_what_is_carried() -> None:
    def summary(items: Sequence[CarriedItem]) -> list[Any]:
        said = " / ".join(item.text for item in items)
        part = {"type": "input_text", "text": f"Earlier: {said}"}
        note = {"type": "message", "role": "system", "content": [part]}
        return [note, items[-1]]

    carry = Carry(summary)
    carry.history = lambda: [Item("u1", text="Hi"), Item("u2", text="Bye")]
    sent = texts(carry)
    assert sent[0]["item"]["content"][0]["text"] == "Earlier: Hi / Bye"
    assert sent[0]["item"]["id"].startswith("item_")  # given an id
    assert sent[1]["item"]["id"] == "u2" and sent[1]["previous_item_id"] == sent[0]["item"]["id"]


def test_session_mode_and_same_session_carry_no_items() -> None:
    carry = Carry("session")
    carry.history = lambda: [Item("u1", text="Hi")]
    carry.sent({"type": "session.update", "session": {"instructions": "x"}}, "")
    assert [event["type"] for event in texts(carry)] == ["session.update"]
    assert carry.plan(same_session=True).texts == ()


def _sent(carry: Carry, payload: dict[str, Any]) -> str:
    text = json.dumps(payload, separators=(",", ":"))
    carry.sent(payload, text)
    return text


def _append(carry: Carry, name: str, audio: str = "AAAA") -> str:
    return _sent(carry, {"type": "input_audio_buffer.append", "audio": audio, "event_id": name})


def test_pending_audio_and_an_unconfirmed_commit_go_out_again() -> None:
    carry = Carry()
    appends = [_append(carry, f"append {n}") for n in range(3)]
    commit = _sent(carry, {"type": "input_audio_buffer.commit"})
    last = _append(carry, "append 3")
    plan = carry.plan(same_session=False)
    assert plan.texts == (*appends, commit, last)
    assert plan.audio_bytes == 12
    carry.received("input_audio_buffer.committed", {})  # the commit is the server's now
    assert carry.plan(same_session=False).texts == (last,)
    carry.sent({"type": "input_audio_buffer.clear"}, "clear")
    assert carry.plan(same_session=False).texts == ()


SECOND = "A" * 64_000  # a second of 24 kHz PCM16, as base64
FRAME = SECOND[:6400]  # 100 ms of it
G711_FRAME = base64.b64encode(bytes(160)).decode()  # 20 ms of G.711


def _update(carry: Carry, session: dict[str, Any]) -> None:
    _sent(carry, {"type": "session.update", "session": session})


def test_a_silence_keeps_its_prefix_padding_and_a_margin_a_turn_keeps_its_whole_audio() -> None:
    # Issue 81: over a long silence (server turn detection, no turn open) a session held up
    # to 8 MiB of audio the server drops as silence anyway; a turn keeps what it said. While
    # no turn is open only the default prefix_padding_ms (300) and a 200 ms margin are kept:
    # 5 frames of 100 ms (it was a second: 10).
    carry = Carry()
    quiet = [_append(carry, f"quiet {n}", FRAME) for n in range(100)]  # 10 s
    assert carry.plan(same_session=False).texts == tuple(quiet[-5:])
    carry.received("input_audio_buffer.speech_started", {})
    turn = [_append(carry, f"turn {n}", FRAME) for n in range(100)]
    assert carry.plan(same_session=False).texts == (*quiet[-5:], *turn)
    carry.received("input_audio_buffer.speech_stopped", {})
    after = _append(carry, "after", FRAME)  # before its commit: still the turn's
    assert carry.plan(same_session=False).texts == (*quiet[-5:], *turn, after)
    carry.received("input_audio_buffer.committed", {})
    assert carry.plan(same_session=False).texts == ()


@pytest.mark.parametrize(
    ("session", "frame", "kept_ms"),
    [
        (None, FRAME, 500),  # the defaults: 300 ms of padding, 200 of margin
        ({"audio": {"input": {"turn_detection": {"type": "server_vad"}}}}, FRAME, 500),
        ({"audio": {"input": {"turn_detection": {"type": "semantic_vad"}}}}, FRAME, 500),
        (
            {
                "audio": {
                    "input": {"turn_detection": {"type": "server_vad", "prefix_padding_ms": 0}}
                }
            },
            FRAME,
            200,
        ),
        ({"turn_detection": {"type": "server_vad", "prefix_padding_ms": 800}}, FRAME, 1000),  # beta
        # G.711 (a phone line's 20 ms frames of 160 bytes, 216 base64 characters): the same
        # 500 ms in its own bytes, whole frames within it.
        ({"audio": {"input": {"format": {"type": "audio/pcmu"}}}}, G711_FRAME, 480),
        ({"input_audio_format": "g711_alaw"}, G711_FRAME, 480),  # beta
    ],
)
def test_the_audio_kept_while_no_turn_is_open_is_the_sessions_padding_and_a_margin(
    session: dict[str, Any] | None, frame: str, kept_ms: int
) -> None:
    from realtime_ext._base.unconfirmed import Unconfirmed

    carry = Carry()
    book = Unconfirmed(limit=carry.audio_limit)
    if session is not None:
        _update(carry, session)
    frame_ms = 100 if frame is FRAME else 20
    bytes_per_ms = 48 if frame is FRAME else 8
    for n in range(30_000 // frame_ms):  # 30 s of silence
        text = _append(carry, f"quiet {n}", frame)
        book.sent("input_audio_buffer.append", json.loads(text), text)
    plan = carry.plan(same_session=False)
    kept = [json.loads(text)["audio"] for text in plan.replayed]
    assert sum(len(base64.b64decode(audio)) for audio in kept) == kept_ms * bytes_per_ms
    assert len(book.report().audio) * frame_ms == kept_ms  # the unconfirmed sends: the same


def test_turn_detection_off_keeps_the_audio_the_app_will_commit() -> None:
    carry = Carry()
    _update(carry, {"audio": {"input": {"turn_detection": None}}})
    appends = [_append(carry, f"a {n}", SECOND) for n in range(5)]
    assert carry.plan(same_session=False).replayed == tuple(appends)
    padding = {"turn_detection": {"type": "server_vad", "prefix_padding_ms": 1300}}
    _update(carry, {"audio": {"input": padding}})
    longer = [_append(carry, f"b {n}", FRAME) for n in range(50)]
    assert carry.plan(same_session=False).replayed == tuple(longer[-15:])  # 1.3 s + 0.2 s kept


def test_a_turn_over_the_bound_is_reported_not_dropped_silently(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from realtime_ext._base import carry as _carry

    monkeypatch.setattr(_carry, "MAX_PENDING_AUDIO_CHARS", 3 * 6400)
    carry = Carry()
    carry.received("input_audio_buffer.speech_started", {})
    turn = [_append(carry, f"turn {n}", SECOND[:6400]) for n in range(5)]
    with caplog.at_level("WARNING", logger="realtime_ext.conversation"):
        assert carry.plan(same_session=False).texts == tuple(turn[-3:])
    said = [record.getMessage() for record in caplog.records]
    assert any("longer than" in text for text in said)
    assert any("newest 3 input audio append(s)" in text and "2 older" in text for text in said)


def test_the_unconfirmed_sends_keep_the_carrys_bound() -> None:
    from realtime_ext._base.unconfirmed import Unconfirmed

    carry = Carry()
    book = Unconfirmed(limit=carry.audio_limit)
    for _ in range(100):
        book.sent("input_audio_buffer.append", {"audio": FRAME}, "")
    report = book.report()
    assert len(report.audio) == 5 and report.audio_dropped == 95


@pytest.mark.parametrize(
    ("mode", "items", "chars", "match"),
    [
        ("everything", 10, 10, "carry must be"),
        ("history", -1, 10, "carry_max_items"),
        ("history", 10, True, "carry_max_chars"),
    ],
)
def test_bad_arguments_are_refused_before_connecting(
    mode: Any, items: Any, chars: Any, match: str
) -> None:
    from realtime_ext.connection import connect

    with pytest.raises(InvalidArgumentError, match=match):
        connect(
            api_key="sk-test",
            base_url="http://127.0.0.1:9",
            model="m",
            carry=mode,
            carry_max_items=items,
            carry_max_chars=chars,
        )
    with pytest.raises(InvalidArgumentError, match="max_session_duration"):
        connect(
            api_key="sk-test", base_url="http://127.0.0.1:9", model="m", max_session_duration=-1
        )


def test_carry_session_restores_the_configuration_only(
    both: Both, server: FakeRealtimeServer
) -> None:
    told: list[ReconnectedEvent] = []
    conn = both.connect(server, carry="session", reconnect_delay=0.01, on_reconnected=told.append)
    try:
        both(conn.session.update(session={"type": "realtime", "instructions": "Short."}))
        item = {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "Hi"}],
        }
        both(conn.conversation.item.create(item=item))
        # item.done, the last event the create brings: armed after item.added, the drop could
        # fall on item.done before the clear went out, and the clear, sent while
        # disconnected, then rightly goes to the new session.
        both(conn.run_until("conversation.item.done", timeout=T))
        server.faults.drop_after(0)
        both(conn.send({"type": "input_audio_buffer.clear"}))
        updated = both(conn.run_until("session.updated", timeout=T)).to_dict()
        assert updated["session"]["instructions"] == "Short."
    finally:
        both(conn.close())
    assert [event["type"] for event in server.received[1]] == ["session.update"]
    assert told[0].carried_ids == () and told[0].session_restored


def test_a_rollover_waits_for_the_response_in_progress(
    both: Both, server: FakeRealtimeServer
) -> None:
    from realtime_ext.testing import ManualClock

    clock = ManualClock()
    told: list[ReconnectedEvent] = []
    conn = both.connect(
        server,
        clock=clock,
        max_session_duration=60,
        on_reconnected=told.append,
        extensions=[both.voice()],  # the history the new session is given
    )
    try:
        both(conn.session.update(session={"type": "realtime", "output_modalities": ["text"]}))
        both(conn.run_until("session.updated", timeout=T))
        server.script.next_response(text="A long answer.", delay_ms=300)
        both(conn.response.create())
        both(conn.run_until("response.created", timeout=T))
        clock.advance(61)  # due now, but a response is in progress: it finishes first
        done = both(conn.run_until("response.done", timeout=T)).to_dict()
        assert done["response"]["status"] == "completed"
        # Quiet now: the move starts, in the background; the next receive waits for it.
        assert both(conn.recv(T)).type_ == "session.created"  # the new session's
        assert len(server.connections) == 2 and told[0].reason == "rollover"
        assert told[0].carried_ids  # the answer (and what led to it) went along
    finally:
        both(conn.close())


def rolling_text_session(
    both: Both,
    server: FakeRealtimeServer,
    clock: Any,
    blocking: Callable[[ReconnectedEvent], None],
    awaiting: Callable[[ReconnectedEvent], Awaitable[None]],
) -> Any:
    """A text session that rolls over after 60 s of ``clock``, ``on_reconnected`` the hook
    of the flavour (``blocking`` or ``awaiting``), its first update confirmed."""
    conn = both.connect(
        server,
        clock=clock,
        max_session_duration=60,
        on_reconnected=awaiting if both.is_async else blocking,
    )
    both(conn.session.update(session={"type": "realtime", "output_modalities": ["text"]}))
    both(conn.run_until("session.updated", timeout=T))
    return conn


def test_no_event_of_the_new_session_before_the_app_is_told(
    both: Both, server: FakeRealtimeServer
) -> None:
    """A receive while the move's ``on_reconnected`` runs waits for it: the new session's
    first event never reaches the app before the news of what was carried (the move had
    stashed that event before telling, and a receive took it at once)."""
    from realtime_ext.testing import ManualClock

    clock = ManualClock()
    entered, release = threading.Event(), threading.Event()
    told: list[ReconnectedEvent] = []

    def blocking(event: ReconnectedEvent) -> None:
        entered.set()
        assert release.wait(10)
        told.append(event)

    async def awaiting(event: ReconnectedEvent) -> None:
        await asyncio.to_thread(blocking, event)

    conn = rolling_text_session(both, server, clock, blocking, awaiting)
    try:
        clock.advance(61)
        waiting = both.start(lambda: conn.recv(T))  # starts the move, waits for it
        assert entered.wait(10)  # the move is telling the app now
        with pytest.raises(APITimeoutError, match="under way"):
            both(conn.recv(0))  # not the new session's event: the app has not been told yet
        assert not waiting.done()
        release.set()
        assert waiting.result(10).type_ == "session.created"
        assert told and told[0].reason == "rollover"
    finally:
        release.set()
        both(conn.close())


def test_an_on_reconnected_hook_receives_the_new_sessions_events(
    both: Both, server: FakeRealtimeServer
) -> None:
    """A hook of the move receives without waiting for the move it is part of: it gets the
    new session's first event, and the app's next receive gets what follows."""
    from realtime_ext.testing import ManualClock

    clock = ManualClock()
    seen: list[str] = []
    conn: Any = None

    def blocking(event: ReconnectedEvent) -> None:
        seen.append(conn.recv(T).type_)
        conn.session.update(session={"type": "realtime", "instructions": "Again."})

    async def awaiting(event: ReconnectedEvent) -> None:
        seen.append((await conn.recv(T)).type_)
        await conn.session.update(session={"type": "realtime", "instructions": "Again."})

    conn = rolling_text_session(both, server, clock, blocking, awaiting)
    try:
        clock.advance(61)
        carried = both(conn.run_until("session.updated", timeout=T))  # the carry's update
        assert seen == ["session.created"]
        assert carried.to_dict()["session"]["output_modalities"] == ["text"]
        event = both(conn.run_until("session.updated", timeout=T))  # the hook's
        assert event.to_dict()["session"]["instructions"] == "Again."
        assert len(server.connections) == 2
    finally:
        both(conn.close())


def test_a_commit_never_confirmed_does_not_lift_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from realtime_ext._base import carry as _carry

    monkeypatch.setattr(_carry, "MAX_PENDING_AUDIO_CHARS", 3 * 6400)
    carry = Carry()
    _append(carry, "first", SECOND[:6400])
    _sent(carry, {"type": "input_audio_buffer.commit"})  # the server refuses it: no committed
    later = [_append(carry, f"later {n}", SECOND[:6400]) for n in range(10)]
    assert carry.plan(same_session=False).replayed == tuple(later[-3:])

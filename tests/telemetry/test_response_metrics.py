"""``SessionMetrics.of(conn)``: every figure of every response, exactly, under a ManualClock
moves as scripted when each message arrives (tests/telemetry/conftest.py)."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext.telemetry import ResponseMetrics, SessionMetrics, Telemetry
from realtime_ext.testing import FakeRealtimeServer, ManualClock
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.tools import ToolRegistry
from realtime_ext.voice import PlaybackTracker, Voice
from support import scripted_clock
from support.fuzz import examples

from .conftest import script

T = 10.0
MS = pytest.approx  # float sums of scripted delays: equal to 1e-9
DELAYS = scripted_clock.DELAYS


def _tools(clock: ManualClock) -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def add(a: int, b: int) -> int:
        """Add two numbers."""
        clock.advance(0.075)  # the tool takes 75 ms
        return a + b

    return registry


def _expect_tool_turn(metrics: Any) -> None:
    call, answer = metrics[0], metrics[1]
    # The call: asked at 0; created at 120; three argument deltas; done at 260.
    assert call == ResponseMetrics(
        response_id=call.response_id,
        trigger="response.create",
        time_to_first_audio_ms=None,
        time_to_first_text_ms=None,
        duration_ms=MS(260.0),
        audio_ms=None,
        input_tokens=10,
        output_tokens=1,
        cached_tokens=0,
        status="completed",
        interrupted=False,
        truncated_at_ms=None,
        cost=Decimal("0.000056"),  # gpt-realtime: 10 text tokens in at $4/M, 1 out at $16/M
    )
    # The tool loop asked again once the tool answered (75 ms later, at 335): created at
    # 455, its part at 655, the transcript first (as on the real API: it runs ahead of the
    # audio) at 665, first audio at 705, done at 835.
    assert answer.trigger == "response.create"
    assert answer.time_to_first_audio_ms == MS(370.0)
    assert answer.time_to_first_text_ms == MS(330.0)
    assert answer.duration_ms == MS(500.0)
    assert answer.audio_ms == MS(300.0)  # the fake's default answer: 300 ms of PCM16
    assert (answer.input_tokens, answer.output_tokens, answer.cached_tokens) == (20, 7, 0)
    assert (answer.status, answer.interrupted, answer.truncated_at_ms) == ("completed", False, None)
    assert metrics.count == 2 and len(metrics) == 2
    assert metrics.time_to_first_audio_p50_ms == MS(370.0)
    assert metrics.time_to_first_audio_p95_ms == MS(370.0)
    assert metrics.time_to_first_audio_ms == MS(370.0)


def test_websocket_turn_with_a_tool_call(server: FakeRealtimeServer) -> None:
    server.script.next_response(function_call=("add", {"a": 1, "b": 2}))
    server.script.next_response(text="Three")
    clock = ManualClock()
    with (
        RealtimeClient(
            api_key="sk-test", base_url=server.base_url, telemetry=Telemetry(), clock=clock
        ) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        script(conn, clock, DELAYS)
        conn.recv(T)
        conn.run_tools(_tools(clock))
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        conn.run_until("response.done", timeout=T)
        _expect_tool_turn(SessionMetrics.of(conn))


async def test_asyncio_turn_with_a_tool_call(server: FakeRealtimeServer) -> None:
    server.script.next_response(function_call=("add", {"a": 1, "b": 2}))
    server.script.next_response(text="Three")
    clock = ManualClock()
    async with (
        AsyncRealtimeClient(
            api_key="sk-test", base_url=server.base_url, telemetry=Telemetry(), clock=clock
        ) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        script(conn, clock, DELAYS)
        await conn.recv(T)
        conn.run_tools(_tools(clock))
        await conn.response.create()
        await conn.run_until("response.done", timeout=T)
        await conn.run_until("response.done", timeout=T)
        _expect_tool_turn(SessionMetrics.of(conn))


SPEECH = bytes(4800 * 2) + sine_pcm16(500) + bytes(4800 * 6)


def test_server_vad_turn_counts_from_speech_stopped(server: FakeRealtimeServer) -> None:
    clock = ManualClock()
    delays = {**DELAYS, "input_audio_buffer.committed": 0.015}
    with (
        RealtimeClient(
            api_key="sk-test", base_url=server.base_url, telemetry=Telemetry(), clock=clock
        ) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        script(conn, clock, delays)
        conn.recv(T)
        conn.response.create()  # answered first: an ask before the user's turn
        conn.run_until("response.done", timeout=T)
        conn.send_audio(SPEECH)
        conn.run_until("response.done", timeout=T)
        first, turn = SessionMetrics.of(conn)
    assert first.trigger == "response.create"
    # speech_stopped at 0 (after the first answer); committed +15, created +120, part
    # +200, the first transcript token +10: 345 ms after the user stopped; two more tokens
    # (+20), first audio +40: 405; the default answer's other two chunks (+80) and six
    # tokens (+60), done +50: 595.
    assert turn.trigger == "speech_stopped"
    assert turn.time_to_first_audio_ms == MS(405.0)
    assert turn.time_to_first_text_ms == MS(345.0)
    assert turn.duration_ms == MS(595.0)


def test_barge_in_cancels_and_truncates(server: FakeRealtimeServer) -> None:
    clock = ManualClock()
    tracker = PlaybackTracker()
    with (
        RealtimeClient(
            api_key="sk-test", base_url=server.base_url, telemetry=Telemetry(), clock=clock
        ) as client,
        client.connect(model="gpt-realtime", extensions=[voice := Voice(playback=tracker)]) as conn,
    ):
        script(conn, clock, DELAYS)
        conn.recv(T)
        # 1. The user speaks over an answer that is still being made: the server cancels it.
        server.script.next_response(hold=True)
        conn.response.create()
        conn.run_until("response.created", timeout=T)
        conn.send_audio(sine_pcm16(300))
        conn.run_until("response.done", timeout=T)
        cancelled = SessionMetrics.of(conn)[-1]
        assert (cancelled.status, cancelled.interrupted) == ("cancelled", True)
        assert cancelled.truncated_at_ms is None  # nothing of it was heard
        # 2. The answer ended, its audio still plays (120 ms heard): the user speaks.
        conn.send_audio(bytes(4800 * 8))  # silence: the turn above ends
        conn.run_until("response.done", timeout=T)
        answered = SessionMetrics.of(conn)[-1]
        assert not answered.interrupted and answered.status == "completed"
        item_id = voice.history.items[-1].id
        tracker.on_play_ms(item_id, 0, 120)
        conn.send_audio(sine_pcm16(300))
        conn.run_until("interrupted", "conversation.item.truncated", timeout=T)
        late = SessionMetrics.of(conn)[-1]
    assert late.response_id == answered.response_id
    assert (late.interrupted, late.truncated_at_ms) == (True, 120)
    assert late.duration_ms == answered.duration_ms


def test_sideband_counts_responses_another_client_asked_for(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hello caller")
    clock = ManualClock()
    with RealtimeClient(
        api_key="sk-test", base_url=server.base_url, telemetry=Telemetry(), clock=clock
    ) as client:
        call = server.register_call()
        client.calls.accept(call.id, session={"type": "realtime", "model": "gpt-realtime"})
        with (
            client.connect(call_id=call.id) as conn,
            client.connect(call_id=call.id) as sideband,
        ):
            script(conn, clock, {})
            script(sideband, clock, DELAYS)
            # No session.created on a sideband (as on the real API): nothing to read first.
            conn.response.create()
            conn.run_until("response.done", timeout=T)
            sideband.run_until("response.done", timeout=T)
            asked, seen = SessionMetrics.of(conn)[-1], SessionMetrics.of(sideband)[-1]
    assert asked.trigger == "response.create"
    # The sideband did not ask: the response starts at its response.created for it.
    assert seen.trigger == "server" and seen.response_id == asked.response_id
    # part +200, the transcript's two tokens first (+10 each), then the audio (+40 each)
    assert seen.time_to_first_text_ms == MS(210.0)
    assert seen.time_to_first_audio_ms == MS(260.0)
    # two more audio deltas (+80), done (+50)
    assert seen.duration_ms == MS(390.0)


def test_translation_session_time_to_first_translated_audio(server: FakeRealtimeServer) -> None:
    clock = ManualClock()
    with (
        RealtimeClient(
            api_key="sk-test", base_url=server.base_url, telemetry=Telemetry(), clock=clock
        ) as client,
        client.translations.connect(
            model="gpt-realtime-translate", session={"audio": {"output": {"language": "es"}}}
        ) as conn,
    ):
        script(conn, clock, {"session.output_audio.delta": 0.180})
        conn.recv(T)
        clock.advance(1.0)  # before the first audio: not counted
        conn.send_audio(sine_pcm16(600))
        next(conn.target_audio(timeout=T))
        assert SessionMetrics.of(conn).time_to_first_audio_ms == MS(180.0)
        assert SessionMetrics.of(conn).time_to_first_audio_p95_ms == MS(180.0)
        assert len(SessionMetrics.of(conn)) == 0  # a translation has no responses


def test_one_info_log_record_per_response_without_content_or_secret(
    server: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script.next_response(text="secret plans")
    caplog.set_level(logging.INFO, logger="realtime_ext.metrics")
    with (
        RealtimeClient(
            api_key="sk-test-key-123", base_url=server.base_url, telemetry=Telemetry()
        ) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        conn.recv(T)
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        measured = SessionMetrics.of(conn)[-1]
    records = [r for r in caplog.records if r.name == "realtime_ext.metrics"]
    assert len(records) == 1 and records[0].levelno == logging.INFO
    assert records[0].realtime_metrics == measured.as_dict()  # type: ignore[attr-defined]
    text = records[0].getMessage()
    assert measured.response_id in text and "completed" in text
    assert "secret plans" not in text and "sk-test-key-123" not in text


def test_telemetry_off_measures_nothing(server: FakeRealtimeServer) -> None:
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        conn.recv(T)
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        assert len(SessionMetrics.of(conn)) == 0 and SessionMetrics.of(conn).count == 0
        assert SessionMetrics.of(conn).time_to_first_audio_p50_ms is None


class _Provider:
    def get_tracer(self, *args: object) -> None:
        return None


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"telemetry": "yes"}, "telemetry must be None or an Instrumentation"),
        ({"telemetry": True}, "telemetry must be None or an Instrumentation"),
        ({"telemetry": False}, "telemetry must be None or an Instrumentation"),
        ({"telemetry": Telemetry}, "telemetry must be None or an Instrumentation"),
        ({"tracer_provider": _Provider()}, "unexpected keyword argument 'tracer_provider'"),
    ],
)
def test_bad_telemetry_arguments_are_refused(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises((InvalidArgumentError, TypeError), match=match):
        RealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1", **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"enabled": "yes"}, "telemetry must be a bool"),
        ({"tracer_provider": object()}, "tracer_provider must be an OpenTelemetry"),
        ({"meter_provider": 3}, "meter_provider must be an OpenTelemetry"),
        ({"enabled": False, "tracer_provider": _Provider()}, "given with telemetry=False"),
    ],
)
def test_bad_telemetry_providers_are_refused(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(InvalidArgumentError, match=match):
        Telemetry(**kwargs)


def test_memory_stays_bounded_under_a_flood_of_responses() -> None:
    from realtime_ext.telemetry._recorder import MAX_OPEN, ConversationRecorder

    clock = ManualClock()
    recorder = ConversationRecorder(clock.now, None)
    for i in range(5000):  # created, never done
        created = {"type": "response.created", "response": {"id": f"r{i}"}}
        recorder.noted["response.created"](created)
    assert len(recorder._open) == MAX_OPEN
    for i in range(3000):
        done = {"type": "response.done", "response": {"id": f"d{i}", "status": "completed"}}
        recorder.noted["response.done"](done)
    assert recorder.metrics.count == 3000 and len(recorder.metrics) == 1000


def test_asyncio_client_has_the_same_keywords() -> None:
    async def main() -> None:
        async with AsyncRealtimeClient(
            api_key="sk-test", base_url="http://127.0.0.1:9/v1"
        ) as client:
            assert client is not None

    asyncio.run(main())


def _audio_delta(response_id: str, delta: str) -> dict[str, Any]:
    return {
        "type": "response.output_audio.delta",
        "event_id": "e",
        "response_id": response_id,
        "item_id": "item_1",
        "output_index": 0,
        "content_index": 0,
        "delta": delta,
    }


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.binary(max_size=64), min_size=1, max_size=8), st.booleans())
def test_audio_bytes_are_the_decoded_sizes_typed_or_not(chunks: list[bytes], typed: bool) -> None:
    # The recorder counts a delta's bytes from its base64 length (its hot path inlines
    # b64_size): the very sum of the decoded sizes, whichever path each delta takes.
    from realtime_ext.events import parse_server_event
    from realtime_ext.events._fields import b64_size
    from realtime_ext.telemetry._recorder import ConversationRecorder

    clock = ManualClock()
    recorder = ConversationRecorder(clock.now, None)
    recorder.noted["response.created"]({"type": "response.created", "response": {"id": "r1"}})
    deltas = [base64.b64encode(chunk).decode() for chunk in chunks] + ["AAA", "A===", "!"]
    for delta in deltas:
        raw = _audio_delta("r1", delta)
        event = parse_server_event(json.dumps(raw)) if typed else raw
        recorder.noted["response.output_audio.delta"](event)
    done = {"type": "response.done", "response": {"id": "r1", "status": "completed"}}
    recorder.noted["response.done"](done)
    counted = sum(b64_size(delta) for delta in deltas)
    assert counted == sum(len(chunk) for chunk in chunks) + b64_size("A===")
    assert recorder.metrics[-1].audio_ms == MS(counted / 48.0)  # 24 kHz PCM16: 48 bytes/ms


def test_deltas_of_two_responses_in_progress_are_counted_apart() -> None:
    from realtime_ext.telemetry._recorder import ConversationRecorder

    clock = ManualClock()
    recorder = ConversationRecorder(clock.now, None)
    noted = recorder.noted
    for response_id in ("r1", "r2"):  # an out-of-band response beside the conversation's
        noted["response.created"]({"type": "response.created", "response": {"id": response_id}})
    clock.advance(0.1)
    noted["response.output_audio.delta"](_audio_delta("r1", "AAAA"))  # 3 bytes
    clock.advance(0.1)
    for delta in ("AAAAAAAA", "AAAA"):  # 6 + 3 bytes
        noted["response.output_audio.delta"](_audio_delta("r2", delta))
        noted["response.output_audio.delta"](_audio_delta("r1", "AA=="))  # 1 byte each
    noted["response.output_audio.delta"](_audio_delta("unknown", "AAAA"))  # not counted
    for response_id in ("r1", "r2"):
        done = {"type": "response.done", "response": {"id": response_id, "status": "completed"}}
        noted["response.done"](done)
    first, second = recorder.metrics
    assert (first.audio_ms, second.audio_ms) == (MS(5 / 48), MS(9 / 48))
    assert (first.time_to_first_audio_ms, second.time_to_first_audio_ms) == (MS(100), MS(200))


def test_what_is_noted_follows_the_responses_in_progress() -> None:
    # The recorder looks at deltas only while they tell it something: audio deltas while a
    # response is open, text deltas until each open response has its first text;
    # output_audio_buffer.started (WebRTC/SIP only) always.
    from realtime_ext.telemetry._recorder import (
        AUDIO_DELTAS,
        AUDIO_STARTED,
        TEXT_DELTAS,
        ConversationRecorder,
    )

    recorder = ConversationRecorder(ManualClock().now, None)
    noted = recorder.noted

    def watched() -> set[str]:
        return {k for k in (*AUDIO_DELTAS, *TEXT_DELTAS) if noted.get(k) is not None}

    assert noted.get(AUDIO_STARTED) is not None
    assert watched() == set()
    noted["response.created"]({"type": "response.created", "response": {"id": "r1"}})
    assert watched() == {*AUDIO_DELTAS, *TEXT_DELTAS}
    text = {"type": "response.output_text.delta", "response_id": "r1", "delta": "Hi"}
    noted["response.output_text.delta"](text)
    assert watched() == {*AUDIO_DELTAS}
    noted["response.created"]({"type": "response.created", "response": {"id": "r2"}})
    assert watched() == {*AUDIO_DELTAS, *TEXT_DELTAS}
    for response_id in ("r1", "r2"):
        done = {"type": "response.done", "response": {"id": response_id, "status": "completed"}}
        noted["response.done"](done)
    assert watched() == set()
    always = {"response.created", "response.done", "session.created", AUDIO_STARTED}
    assert {k for k, note in noted.items() if note is not None} == always | {
        "input_audio_buffer.speech_stopped",
        "session.updated",
        "conversation.item.truncated",
        "error",
        "output_audio_buffer.stopped",
        "output_audio_buffer.cleared",
    }


def test_with_an_audio_source_only_the_first_audio_delta_is_noted() -> None:
    # A source that counts each item's audio (the voice extension): audio deltas are noted
    # until each open response has its first audio, then no more (the end of a response
    # changes nothing noted once both firsts were seen).
    from realtime_ext.telemetry._recorder import AUDIO_DELTAS, TEXT_DELTAS, ConversationRecorder

    recorder = ConversationRecorder(ManualClock().now, None)
    recorder.count_audio_with(lambda item_id: 4800)
    noted = recorder.noted

    def watched() -> set[str]:
        return {k for k in (*AUDIO_DELTAS, *TEXT_DELTAS) if noted.get(k) is not None}

    before = dict(noted)
    noted["response.created"]({"type": "response.created", "response": {"id": "r1"}})
    assert watched() == {*AUDIO_DELTAS, *TEXT_DELTAS}
    delta = {"type": "response.output_audio.delta", "response_id": "r1", "item_id": "i1"}
    noted["response.output_audio.delta"]({**delta, "delta": "AAAA"})
    assert watched() == {*TEXT_DELTAS}
    noted["response.output_text.delta"](
        {"type": "response.output_text.delta", "response_id": "r1", "delta": "Hi"}
    )
    assert watched() == set()
    output = [{"id": "i1", "type": "message"}]
    noted["response.done"](
        {"type": "response.done", "response": {"id": "r1", "status": "completed", "output": output}}
    )
    assert noted == before
    assert recorder.metrics[0].audio_ms == 100.0  # 4,800 bytes of 24 kHz PCM16, from the source


def _played(events: list[tuple[float, dict[str, Any]]]) -> tuple[Any, ManualClock]:
    """A recorder fed ``(seconds after the previous event, event)`` on a ManualClock."""
    from realtime_ext.telemetry._recorder import ConversationRecorder

    clock = ManualClock()
    recorder = ConversationRecorder(clock.now, None)
    for delay, payload in events:
        clock.advance(delay)
        note = recorder.noted.get(payload["type"])
        if note is not None:
            note(payload)
    return recorder, clock


def _webrtc_turn(end: str = "output_audio_buffer.stopped") -> list[tuple[float, dict[str, Any]]]:
    # WebRTC/SIP: the audio is RTP, so no audio delta; the server generates faster than it
    # plays, so response.done comes while the audio still plays.
    return [
        (0.0, {"type": "response.created", "response": {"id": "r1"}}),
        (0.3, {"type": "output_audio_buffer.started", "response_id": "r1"}),
        (0.05, {"type": "response.output_audio_transcript.delta", "response_id": "r1"}),
        (0.2, {"type": "response.done", "response": {"id": "r1", "status": "completed"}}),
        (1.25, {"type": end, "response_id": "r1"}),
    ]


@pytest.mark.parametrize("end", ["output_audio_buffer.stopped", "output_audio_buffer.cleared"])
def test_webrtc_audio_ms_is_the_time_the_server_played_it(
    end: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="realtime_ext.metrics")
    recorder, _ = _played(_webrtc_turn()[:4])
    at_done = recorder.metrics[-1]
    assert (at_done.time_to_first_audio_ms, at_done.audio_ms) == (MS(300.0), None)
    note = recorder.noted[end]
    note({"type": end, "response_id": "r1"})  # no time passed: played 250 ms
    played = recorder.metrics[-1]
    assert played.audio_ms == MS(250.0)
    assert played == ResponseMetrics(**{**at_done.as_dict(), "audio_ms": played.audio_ms})
    assert recorder.metrics.count == 1 and len(recorder.metrics) == 1
    assert "played 250 ms of audio" in caplog.records[-1].getMessage()
    assert caplog.records[-1].realtime_metrics["audio_ms"] == MS(250.0)  # type: ignore[attr-defined]
    note({"type": end, "response_id": "r1"})  # a second end changes nothing
    assert recorder.metrics[-1] is played


def test_webrtc_audio_played_out_after_response_done_and_stopped_before_it() -> None:
    recorder, _ = _played(_webrtc_turn())
    assert recorder.metrics[-1].audio_ms == MS(1500.0)  # started at 0.3 s, stopped at 1.8 s
    # Cancelled while it played: the buffer cleared before response.done.
    turn = _webrtc_turn("output_audio_buffer.cleared")
    cleared = [turn[0], turn[1], (0.1, turn[4][1]), turn[3]]
    recorder, _ = _played(cleared)
    assert recorder.metrics[-1].audio_ms == MS(100.0)


def test_webrtc_truncation_and_playout_after_the_end_both_apply() -> None:
    turn = _webrtc_turn()
    item = {"type": "response.output_item.added", "response_id": "r1", "item": {"id": "i1"}}
    done = {
        "type": "response.done",
        "response": {"id": "r1", "status": "completed", "output": [{"id": "i1"}]},
    }
    truncated = {"type": "conversation.item.truncated", "item_id": "i1", "audio_end_ms": 900}
    cleared = {"type": "output_audio_buffer.cleared", "response_id": "r1"}
    recorder, _ = _played(
        [turn[0], (0.0, item), turn[1], (0.25, done), (0.9, truncated), (0.0, cleared)]
    )
    last = recorder.metrics[-1]
    assert (last.interrupted, last.truncated_at_ms, last.audio_ms) == (True, 900, MS(1150.0))
    assert len(recorder.metrics) == 1


def test_websocket_audio_ms_stays_the_deltas_audio() -> None:
    # A buffer event on a WebSocket session (no such thing on the real API) does not replace
    # what the deltas carried.
    delta = base64.b64encode(bytes(4800)).decode()  # 100 ms of PCM16 at 24 kHz
    recorder, _ = _played(
        [
            (0.0, {"type": "response.created", "response": {"id": "r1"}}),
            (0.1, {"type": "response.output_audio.delta", "response_id": "r1", "delta": delta}),
            (0.1, {"type": "output_audio_buffer.started", "response_id": "r1"}),
            (0.1, {"type": "response.done", "response": {"id": "r1", "status": "completed"}}),
            (0.5, {"type": "output_audio_buffer.stopped", "response_id": "r1"}),
        ]
    )
    assert recorder.metrics[-1].audio_ms == MS(100.0)


def _voice_turn(chunks: list[list[bytes]]) -> list[bytes]:
    """One spoken response whose output items ``i0``, ``i1``... carry ``chunks[n]``, as the
    wire's bytes."""
    events: list[dict[str, Any]] = [{"type": "response.created", "response": {"id": "r1"}}]
    for n, item_chunks in enumerate(chunks):
        item = {"id": f"i{n}", "type": "message"}
        events.append({"type": "response.output_item.added", "response_id": "r1", "item": item})
        for chunk in item_chunks:
            delta = {**_audio_delta("r1", base64.b64encode(chunk).decode()), "item_id": f"i{n}"}
            events.append(delta)
    output = [{"id": f"i{n}", "type": "message"} for n in range(len(chunks))]
    events.append(
        {"type": "response.done", "response": {"id": "r1", "status": "completed", "output": output}}
    )
    return [json.dumps(e).encode() for e in events]


def _through_core(
    messages: list[bytes],
    *,
    voice: bool,
    remove_after: int | None = None,
    add_after: int | None = None,
) -> Any:
    """The recorder fed as a conversation's core feeds it: each message decoded once, its
    extensions' observers first, then the recorder's note for the type."""
    from realtime_ext._base.extensions import Extensions
    from realtime_ext.events._parse import _SERVER
    from realtime_ext.telemetry._recorder import AUDIO_DELTAS, ConversationRecorder

    recorder = ConversationRecorder(ManualClock().now, None)
    extensions = Extensions()
    extensions.add(recorder)
    ext = Voice()  # observes only: never sends here
    if voice:  # as a connection's factory attaches both: the metrics read voice's count
        extensions.add(ext)
        recorder.count_audio_with(ext.audio_received)
    noted_audio = 0
    for n, message in enumerate(messages):
        if n == remove_after:
            extensions.remove(ext)
            recorder.count_audio_with(None)
        if n == add_after:
            extensions.add(ext)
            recorder.count_audio_with(ext.audio_received)
        event, data = _SERVER.pair(message)
        extensions.observe(event, data)
        note = recorder.noted.get(event.type_)
        if note is not None:
            noted_audio += event.type_ in AUDIO_DELTAS
            note(data if data is not None else event)
    return recorder, noted_audio


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.lists(st.binary(min_size=1, max_size=48), max_size=6), min_size=1, max_size=3))
def test_audio_counted_by_the_voice_extension_is_the_deltas_sum(chunks: list[list[bytes]]) -> None:
    # With a connection's voice extension (it counts each item's audio for barge-in), the
    # recorder reads each response's audio from it and looks at the first delta only: the
    # same audio_ms as counting every delta itself.
    messages = _voice_turn(chunks)
    counted, every = _through_core(messages, voice=False)
    shared, first_only = _through_core(messages, voice=True)
    total = sum(len(c) for item in chunks for c in item)
    expected = MS(total / 48.0) if total or any(chunks) else None
    assert counted.metrics[-1].audio_ms == shared.metrics[-1].audio_ms
    if any(chunks):
        assert shared.metrics[-1].audio_ms == expected
        assert every == sum(len(item) for item in chunks) and first_only == 1


@pytest.mark.parametrize("change", ["removed", "added"])
def test_audio_counted_survives_the_voice_extension_changing_mid_response(change: str) -> None:
    # Removed at any point: what it counted so far is read from it at the end, the rest
    # the recorder counts itself. Added at any point: the recorder counted the deltas
    # until then, the extension the rest. Either way the response's audio is the sum.
    chunks = [[bytes(480)] * 3, [bytes(960)] * 2]
    messages = _voice_turn(chunks)
    for cut in range(1, len(messages)):
        if change == "removed":
            recorder, _ = _through_core(messages, voice=True, remove_after=cut)
        else:
            recorder, _ = _through_core(messages, voice=False, add_after=cut)
        assert recorder.metrics[-1].audio_ms == MS(3360 / 48.0), cut


def test_truncation_of_an_item_not_yet_known_applies_at_the_end() -> None:
    # A response's second audio item is truncated while it plays (its first delta is not
    # looked at with a voice extension counting): the truncation waits for response.done,
    # which lists the item. A truncation of an item no response lists changes nothing.
    from realtime_ext.telemetry._recorder import ConversationRecorder

    recorder = ConversationRecorder(ManualClock().now, None)
    recorder.count_audio_with(lambda item_id: 4800)
    for payload in [
        {"type": "response.created", "response": {"id": "r1"}},
        {**_audio_delta("r1", "AAAA"), "item_id": "i0"},
        {"type": "conversation.item.truncated", "item_id": "i1", "audio_end_ms": 40},
        {"type": "conversation.item.truncated", "item_id": "elsewhere", "audio_end_ms": 7},
        {"type": "conversation.item.truncated", "item_id": "i1", "audio_end_ms": 90},  # later
    ]:
        note = recorder.noted.get(str(payload["type"]))
        if note is not None:
            note(payload)
    output = [{"id": "i0", "type": "message"}, {"id": "i1", "type": "message"}]
    recorder.noted["response.done"](
        {"type": "response.done", "response": {"id": "r1", "status": "completed", "output": output}}
    )
    last = recorder.metrics[-1]
    assert (last.interrupted, last.truncated_at_ms, last.audio_ms) == (True, 40, MS(200.0))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)
_IDS = st.sampled_from(["r1", "r2", "i1", "i2"]) | _JSON


@settings(max_examples=examples(150), deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "session.created",
                    "response.created",
                    "response.output_audio.delta",
                    "response.output_text.delta",
                    "output_audio_buffer.started",
                    "output_audio_buffer.stopped",
                    "conversation.item.truncated",
                    "response.done",
                    "error",
                ]
            ),
            st.fixed_dictionaries(
                {},
                optional={
                    "response": st.fixed_dictionaries(
                        {},
                        optional={
                            "id": _IDS,
                            "status": _JSON,
                            "output": st.lists(
                                st.fixed_dictionaries({}, optional={"id": _IDS, "type": _JSON})
                                | _JSON,
                                max_size=3,
                            )
                            | _JSON,
                            "usage": _JSON,
                        },
                    )
                    | _JSON,
                    "response_id": _IDS,
                    "item_id": _IDS,
                    "delta": _JSON,
                    "audio_end_ms": _JSON,
                    "session": _JSON,
                },
            ),
        ),
        max_size=25,
    ),
    st.booleans(),
)
def test_any_events_in_any_order_never_raise_and_stay_bounded(
    events: list[tuple[str, dict[str, Any]]], source: bool
) -> None:
    # Whatever a peer sends under the types the recorder looks at (wrong types in every
    # field, ends without starts, truncations of unknown items): no exception, and every
    # table it keeps stays within its bound.
    from realtime_ext.telemetry._recorder import MAX_ITEMS, MAX_OPEN, ConversationRecorder

    recorder = ConversationRecorder(ManualClock().now, None)
    if source:
        recorder.count_audio_with(lambda item_id: 4800)
    for kind, fields in events:
        note = recorder.noted.get(kind)
        if note is not None:
            note({"type": kind, **fields})
        recorder.sent({"type": "conversation.item.truncate", **fields})
    assert len(recorder._open) <= MAX_OPEN
    assert len(recorder._items) <= MAX_ITEMS and len(recorder._early) <= MAX_ITEMS
    for metrics in recorder.metrics:
        assert isinstance(metrics.response_id, str) and isinstance(metrics.status, str)

"""Behaviours of the real API the fake reproduces (issue 68), each checked on the fake's
conversation in-process (what every connection runs): the idle timeout, ``phase``, text and a
function call in one response, ``obfuscation``, transcription ``usage``, the input
transcription inside the response, an invalid item refused before any event."""

from __future__ import annotations

import base64
import json
from typing import Any

from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.testing._conversation import IDLE_PROMPT, FakeConversation
from realtime_ext.testing._script import Script
from realtime_ext.testing._session import realtime_session

JSON = dict[str, Any]


def _conversation(
    script: Script, model: str = "gpt-realtime"
) -> tuple[FakeConversation, list[JSON]]:
    out: list[JSON] = []
    conversation = FakeConversation(realtime_session(model), script, out.append, lambda c, r: None)
    return conversation, out


def _send(conversation: FakeConversation, **payload: Any) -> None:
    conversation.handle_message(json.dumps(payload))


def _append(conversation: FakeConversation, pcm: bytes) -> None:
    _send(conversation, type="input_audio_buffer.append", audio=base64.b64encode(pcm).decode())


def _vad(**turn: Any) -> JSON:
    return {"type": "server_vad", "silence_duration_ms": 200, **turn}


def _types(events: list[JSON]) -> list[str]:
    return [e["type"] for e in events]


def test_idle_timeout_nudges_the_model_as_the_api_does() -> None:
    # As recorded (gpt-realtime-2.1, idle_timeout_ms 5000): after the last answer's audio
    # and idle_timeout_ms of quiet, timeout_triggered, a system item, the commit of what was
    # heard and a response; the whisper transcription of silence is empty, inside it.
    script = Script()
    script.next_response(text="Hi there.", audio_ms=300)
    script.next_response(text="Are you still there?", audio_ms=300)
    conversation, out = _conversation(script)
    audio_in = {
        "turn_detection": _vad(idle_timeout_ms=5000),  # the API's least
        "transcription": {"model": "gpt-realtime-whisper"},
    }
    _send(
        conversation,
        type="session.update",
        session={"type": "realtime", "audio": {"input": audio_in}},
    )
    _send(conversation, type="response.create")
    out.clear()
    _append(conversation, bytes(48 * 5200))  # the answer's 300 ms of audio, then 4.9 s quiet
    assert out == []
    _append(conversation, bytes(48 * 200))  # the timeout falls in here
    kinds = _types(out)
    assert kinds[:7] == [
        "input_audio_buffer.timeout_triggered",
        "conversation.item.added",
        "conversation.item.done",
        "input_audio_buffer.committed",
        "conversation.item.added",
        "conversation.item.done",
        "response.created",
    ]
    triggered, system, committed, user = out[0], out[1]["item"], out[3], out[4]["item"]
    assert (triggered["audio_start_ms"], triggered["audio_end_ms"]) == (300, 5300)
    assert system["role"] == "system" and system["content"][0]["text"] == IDLE_PROMPT
    assert committed["previous_item_id"] == system["id"]
    assert committed["item_id"] == triggered["item_id"] == user["id"]
    heard = [e for e in out if e["type"].startswith("conversation.item.input_audio")]
    assert [(e["transcript"], e["usage"]) for e in heard] == [
        ("", {"type": "duration", "seconds": 0})
    ]
    assert kinds[-2:] == ["response.done", "rate_limits.updated"]  # OpenAI's route
    # Speech disarms it until the next answer is done.
    out.clear()
    _append(conversation, sine_pcm16(300) + bytes(48 * 5500))
    assert (
        "input_audio_buffer.timeout_triggered"
        not in _types(out)[: _types(out).index("response.created")]
    )


def test_no_idle_timeout_unless_the_session_sets_one() -> None:
    script = Script()
    conversation, out = _conversation(script)
    _send(conversation, type="response.create")
    out.clear()
    _append(conversation, bytes(48 * 10_000))  # 10 s of quiet
    assert out == []


def test_gpt_realtime_2_marks_the_phase_of_what_it_says() -> None:
    script = Script()
    script.next_response(text="Hello.")
    script.next_response(text="Let me check.", function_call=("get_weather", {"city": "Paris"}))
    conversation, out = _conversation(script, model="gpt-realtime-2.1")
    _send(conversation, type="response.create")
    _send(conversation, type="response.create")
    done = [e["response"]["output"] for e in out if e["type"] == "response.done"]
    assert [item.get("phase") for item in done[0]] == ["final_answer"]
    assert [item.get("phase") for item in done[1]] == ["commentary", None]
    # Older models have no phase.
    script.next_response(text="Hello.")
    older, seen = _conversation(script)
    _send(older, type="response.create")
    assert (
        "phase"
        not in next(e for e in seen if e["type"] == "response.done")["response"]["output"][0]
    )


def test_a_response_can_say_something_and_call_a_function() -> None:
    script = Script()
    script.next_response(text="Checking.", function_call=("get_weather", {"city": "Paris"}))
    conversation, out = _conversation(script)
    _send(
        conversation,
        type="session.update",
        session={"type": "realtime", "output_modalities": ["text"]},
    )
    out.clear()
    _send(conversation, type="response.create")
    output = next(e for e in out if e["type"] == "response.done")["response"]["output"]
    assert [(item["type"], item["status"]) for item in output] == [
        ("message", "completed"),
        ("function_call", "completed"),
    ]
    assert output[0]["content"] == [{"type": "output_text", "text": "Checking."}]
    assert (output[1]["name"], output[1]["arguments"]) == ("get_weather", '{"city":"Paris"}')
    # One item after the other, each ending (item.done before output_item.done) before the
    # next begins, as the API streams them.
    kinds = _types(out)
    assert kinds.index("response.output_text.done") < kinds.index(
        "response.function_call_arguments.delta"
    )
    ends = [k for k in kinds if k in ("conversation.item.done", "response.output_item.done")]
    assert ends == ["conversation.item.done", "response.output_item.done"] * 2
    indexes = [e["output_index"] for e in out if e["type"] == "response.output_item.added"]
    assert indexes == [0, 1]


def test_deltas_carry_obfuscation_and_transcriptions_their_usage() -> None:
    script = Script()
    script.next_transcript("What is the weather?")
    script.next_transcript("And tomorrow?")
    conversation, out = _conversation(script)
    for model in ("gpt-realtime-whisper", "gpt-4o-transcribe"):
        audio_in = {"turn_detection": None, "transcription": {"model": model}}
        _send(
            conversation,
            type="session.update",
            session={"type": "realtime", "audio": {"input": audio_in}},
        )
        _append(conversation, sine_pcm16(1500))
        _send(conversation, type="input_audio_buffer.commit")
    _send(conversation, type="response.create")
    deltas = [e for e in out if e["type"].endswith(".delta") and "audio.delta" not in e["type"]]
    assert deltas and all(len(e["delta"] + e["obfuscation"]) == 16 for e in deltas)
    assert all("obfuscation" not in e for e in out if e["type"] == "response.output_audio.delta")
    usages = [e["usage"] for e in out if e["type"].endswith("transcription.completed")]
    assert usages[0] == {"type": "duration", "seconds": 2}
    assert usages[1]["type"] == "tokens"


def test_a_vad_turns_transcription_comes_inside_its_response() -> None:
    script = Script()
    script.next_transcript("Hello there")
    conversation, out = _conversation(script)
    audio_in = {"turn_detection": _vad(), "transcription": {"model": "gpt-realtime-whisper"}}
    _send(
        conversation,
        type="session.update",
        session={"type": "realtime", "audio": {"input": audio_in}},
    )
    out.clear()
    _append(conversation, bytes(4800) + sine_pcm16(500) + bytes(24_000))
    kinds = _types(out)
    heard = [i for i, k in enumerate(kinds) if "input_audio_transcription" in k]
    assert kinds.index("response.created") < heard[0] and heard[-1] < kinds.index("response.done")
    # The answer's transcript runs ahead of its audio.
    assert kinds.index("response.output_audio_transcript.delta") < kinds.index(
        "response.output_audio.delta"
    )


def test_an_invalid_item_is_refused_before_any_event() -> None:
    conversation, out = _conversation(Script())
    item = {"type": "message", "role": "assistant", "content": [{"type": "text", "text": "Hi"}]}
    _send(conversation, type="conversation.item.create", item=item, event_id="evt_1")
    assert _types(out) == ["error"]  # no conversation.item.added or .done first
    assert out[0]["error"]["param"] == "item.content[0].type"
    assert out[0]["error"]["event_id"] == "evt_1"


def test_gpt_realtime_whisper_transcribes_while_the_user_speaks() -> None:
    # A streaming model's deltas start before speech_stopped (one per second heard); the
    # rest, and completed, come after the commit. gpt-4o-transcribe waits for the commit.
    for model, early in (("gpt-realtime-whisper", 2), ("gpt-4o-transcribe", 0)):
        script = Script()
        script.next_transcript("I would like a table for two tonight")
        conversation, out = _conversation(script)
        audio_in = {"turn_detection": _vad(), "transcription": {"model": model}}
        _send(
            conversation,
            type="session.update",
            session={"type": "realtime", "audio": {"input": audio_in}},
        )
        out.clear()
        _append(conversation, sine_pcm16(2500) + bytes(48 * 400))
        kinds = _types(out)
        stopped = kinds.index("input_audio_buffer.speech_stopped")
        assert kinds[:stopped].count("conversation.item.input_audio_transcription.delta") == early
        deltas = [e["delta"] for e in out if e["type"].endswith("transcription.delta")]
        assert "".join(deltas) == "I would like a table for two tonight"
        assert kinds.count("conversation.item.input_audio_transcription.completed") == 1


def _speak(conversation: FakeConversation, frames: int = 8) -> None:
    for chunk in [bytes(4800)] * 2 + [sine_pcm16(100)] * frames + [bytes(4800)] * 10:
        _append(conversation, chunk)


def test_every_frame_the_fake_sends_is_a_valid_server_event() -> None:
    """Every frame a Realtime conversation and a transcription session send, through a turn
    by voice and by text, a function call round, item reads and edits, and the errors the
    fake makes itself (bad JSON, an unknown type, a planned error, an id not a string), is
    the spec's model of its type to the letter: no field beyond it but ``obfuscation``,
    which the recordings show (and openai's types lack). A transcription session answered
    turns and reported Realtime's turn detection before this test."""
    from realtime_ext._validate import STRICT_ALL, api_error, payload_problem
    from realtime_ext.testing._session import transcription_session
    from realtime_generated import models
    from realtime_generated.event_types import SERVER_EVENTS

    script = Script()
    script.next_transcript("What is the weather in Oslo")
    script.next_response(text="Let me check.", function_call=("weather", {"city": "Oslo"}))
    script.next_response(text="Rain, all day.", audio_ms=300)
    script.next_response(text="Goodbye.")
    conversation, out = _conversation(script)
    audio_in = {"turn_detection": _vad(), "transcription": {"model": "gpt-4o-transcribe"}}
    _send(
        conversation,
        type="session.update",
        session={"type": "realtime", "audio": {"input": audio_in}},
    )
    _speak(conversation)
    call = next(
        e["item"]
        for e in out
        if e["type"] == "response.output_item.done" and e["item"]["type"] == "function_call"
    )
    output = {"type": "function_call_output", "call_id": call["call_id"], "output": "rain"}
    _send(conversation, type="conversation.item.create", item=output)
    _send(conversation, type="response.create")
    message = {
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "Bye"}],
    }
    _send(conversation, type="conversation.item.create", item=message, event_id="e_item")
    _send(conversation, type="response.create", response={"output_modalities": ["text"]})
    _send(conversation, type="conversation.item.retrieve", item_id=call["id"])
    _send(conversation, type="conversation.item.delete", item_id=call["id"])
    _send(conversation, type="input_audio_buffer.clear")
    conversation.handle_message("{")
    _send(conversation, type="session.nope", event_id=["not", "a", "string"])
    script.error("Slow down.", code="rate_limit_exceeded", on="response.create")
    _send(conversation, type="response.create", event_id="e_refused")

    transcribing = FakeConversation(
        transcription_session(), Script(), out.append, lambda c, r: None
    )
    transcribing.start()
    _speak(transcribing)

    kinds: set[str] = set()
    for frame in out:
        kinds.add(frame["type"])
        model = getattr(models, SERVER_EVENTS[frame["type"]])
        problem = payload_problem(
            model, frame, strict=frozenset({STRICT_ALL}), allowed=frozenset({("obfuscation",)})
        )
        assert problem is None, (frame["type"], api_error(problem))
    assert {"response.done", "conversation.item.retrieved", "error"} <= kinds
    assert "conversation.item.input_audio_transcription.completed" in kinds

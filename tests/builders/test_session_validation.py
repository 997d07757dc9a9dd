"""Session builders: only what you pass is emitted, bad values fail naming the keyword."""

from __future__ import annotations

import json
from typing import Any

import pytest

from realtime_ext.session import (
    SessionConfigError,
    ToolDefinition,
    audio_format,
    beta_session,
    beta_transcription_session,
    noise_reduction,
    prompt,
    realtime_session,
    semantic_vad,
    server_vad,
    tool_choice_mcp,
    tracing,
    transcription,
    transcription_session,
    translation_session,
    truncation,
)


def test_nothing_invented_beyond_required_fields() -> None:
    assert realtime_session() == {"type": "realtime"}
    assert transcription_session() == {"type": "transcription"}
    assert translation_session() == {"model": "gpt-realtime-translate"}
    assert beta_session() == {}
    assert beta_transcription_session() == {}


def test_result_is_plain_json_dict() -> None:
    session = realtime_session(model="gpt-realtime", turn_detection=server_vad(threshold=0.5))
    # A dict (SessionConfig only adds the extra= paths the validator lets through).
    assert isinstance(session, dict) and type(session).__mro__[1] is dict
    assert json.loads(json.dumps(session)) == session
    assert vars(session) == {}


@pytest.mark.parametrize(
    ("kwargs", "keyword"),
    [
        ({"speed": 1.6}, "speed"),
        ({"speed": 0.2}, "speed"),
        ({"speed": "fast"}, "speed"),
        ({"speed": True}, "speed"),
        ({"max_output_tokens": 0}, "max_output_tokens"),
        ({"max_output_tokens": 4097}, "max_output_tokens"),
        ({"max_output_tokens": "infinite"}, "max_output_tokens"),
        ({"max_output_tokens": 10.0}, "max_output_tokens"),
        ({"model": 5}, "model"),
        ({"instructions": ["a"]}, "instructions"),
        ({"voice": 3}, "voice"),
        ({"output_modalities": []}, "output_modalities"),
        ({"output_modalities": [1]}, "output_modalities[0]"),
        ({"input_audio_format": "opus"}, "input_audio_format"),
        ({"output_audio_format": {"rate": 24000}}, "output_audio_format.type"),
        ({"turn_detection": {"type": "server_vad", "threshold": 1.5}}, "turn_detection.threshold"),
        ({"turn_detection": {"threshold": 0.5}}, "turn_detection.type"),
        (
            {"turn_detection": {"type": "server_vad", "silence_duration_ms": -1}},
            "turn_detection.silence_duration_ms",
        ),
        (
            {"turn_detection": {"type": "server_vad", "prefix_padding_ms": 1.5}},
            "turn_detection.prefix_padding_ms",
        ),
        (
            {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 100}},
            "turn_detection.idle_timeout_ms",
        ),
        ({"turn_detection": {"type": "x", "create_response": 1}}, "turn_detection.create_response"),
        ({"transcription": {"model": 1}}, "transcription.model"),
        ({"transcription": {"languages": []}}, "transcription.languages"),
        ({"noise_reduction": 7}, "noise_reduction"),
        ({"tracing": {"metadata": "x"}}, "tracing.metadata"),
        (
            {"truncation": {"type": "retention_ratio", "retention_ratio": 1.1}},
            "truncation.retention_ratio",
        ),
        ({"truncation": {"type": "retention_ratio"}}, "truncation.retention_ratio"),
        ({"truncation": 3}, "truncation"),
        ({"prompt": {"version": "1"}}, "prompt.id"),
        ({"tools": {"type": "function"}}, "tools"),
        ({"tools": [{"name": "x"}]}, "tools[0].type"),
        ({"tool_choice": 3}, "tool_choice"),
        ({"parallel_tool_calls": "yes"}, "parallel_tool_calls"),
        ({"include": "item.input_audio_transcription.logprobs"}, "include"),
    ],
)
def test_bad_values_name_the_keyword(kwargs: dict[str, Any], keyword: str) -> None:
    with pytest.raises(SessionConfigError) as info:
        realtime_session(**kwargs)
    assert info.value.keyword == keyword
    assert str(info.value).startswith(f"{keyword}: ")
    assert isinstance(info.value, ValueError) and isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    ("build", "keyword"),
    [
        (lambda: server_vad(threshold=-0.1), "server_vad.threshold"),
        (lambda: server_vad(silence_duration_ms=-5), "server_vad.silence_duration_ms"),
        (lambda: server_vad(idle_timeout_ms=30001), "server_vad.idle_timeout_ms"),
        (lambda: semantic_vad(eagerness=3), "semantic_vad.eagerness"),  # type: ignore[arg-type]
        (lambda: truncation(2.0), "truncation.retention_ratio"),
        (
            lambda: truncation(0.5, post_instructions_tokens=-1),
            "truncation.token_limits.post_instructions",
        ),
        (lambda: transcription(language=5), "transcription.language"),  # type: ignore[arg-type]
        (lambda: noise_reduction(5), "noise_reduction"),  # type: ignore[arg-type]
        (lambda: tracing(group_id=1), "tracing.group_id"),  # type: ignore[arg-type]
        (lambda: prompt(1), "prompt.id"),  # type: ignore[arg-type]
        (lambda: audio_format("mp3"), "audio_format"),
        (lambda: audio_format("pcm16", rate=0), "audio_format.rate"),
        (lambda: beta_session(temperature=1.3), "temperature"),
        (lambda: beta_session(temperature=0.5), "temperature"),
        (lambda: beta_session(max_output_tokens=-1), "max_output_tokens"),
        (lambda: beta_session(tool_choice=tool_choice_mcp("x")), "tool_choice"),
        (
            lambda: beta_session(output_audio_format={"type": "audio/pcm", "rate": 16000}),
            "output_audio_format.rate",
        ),
        (lambda: translation_session(output_language=1), "output_language"),  # type: ignore[arg-type]
    ],
)
def test_part_and_other_builders_validate(build: Any, keyword: str) -> None:
    with pytest.raises(SessionConfigError) as info:
        build()
    assert info.value.keyword == keyword


def test_unknown_enum_values_pass_through() -> None:
    session = realtime_session(
        model="gpt-realtime-9",
        voice="new-voice",
        output_modalities=["video"],
        input_audio_format="audio/opus",
        turn_detection=semantic_vad(eagerness="very_high"),
        noise_reduction="mid_field",
        tool_choice="sometimes",
        truncation="smart",
        reasoning="max",
        include=["item.new_thing"],
    )
    assert session["model"] == "gpt-realtime-9"
    assert session["audio"]["input"]["format"] == {"type": "audio/opus"}
    assert session["audio"]["input"]["turn_detection"]["eagerness"] == "very_high"
    assert session["audio"]["input"]["noise_reduction"] == {"type": "mid_field"}
    assert session["audio"]["output"]["voice"] == "new-voice"
    assert beta_session(input_audio_format="opus")["input_audio_format"] == "opus"


def test_unknown_keys_in_raw_dicts_are_refused_like_everywhere_else() -> None:
    # The one session validator: a typo in a raw dict is caught (with a did-you-mean),
    # a field newer than the spec goes through extra=.
    with pytest.raises(SessionConfigError) as info:
        realtime_session(turn_detection={"type": "server_vad", "treshold": 0.5})
    assert info.value.keyword == "session.audio.input.turn_detection.treshold"
    assert "did you mean 'threshold'?" in str(info.value)
    session = realtime_session(
        turn_detection={"type": "server_vad"},
        extra={"audio": {"input": {"turn_detection": {"future_knob": 1}}}},
    )
    assert session["audio"]["input"]["turn_detection"] == {"type": "server_vad", "future_knob": 1}


def test_extra_deep_merges_and_refuses_conflicts() -> None:
    session = realtime_session(voice="ash", extra={"audio": {"output": {"pitch": 2}}, "new": 1})
    assert session["audio"]["output"] == {"voice": "ash", "pitch": 2}
    assert session["new"] == 1
    with pytest.raises(SessionConfigError) as info:
        realtime_session(voice="ash", extra={"audio": {"output": {"voice": "echo"}}})
    assert info.value.keyword == "extra.audio.output.voice"


def test_audio_format_shapes() -> None:
    assert audio_format() == {"type": "audio/pcm", "rate": 24000}
    assert audio_format("g711_alaw") == {"type": "audio/pcma"}
    assert audio_format("audio/pcmu") == {"type": "audio/pcmu"}
    assert realtime_session(input_audio_format="pcmu")["audio"]["input"]["format"] == {
        "type": "audio/pcmu"
    }
    assert beta_session(input_audio_format=audio_format("g711_alaw"))["input_audio_format"] == (
        "g711_alaw"
    )
    assert beta_transcription_session(input_audio_format="audio/pcm") == {
        "input_audio_format": "pcm16"
    }


def test_shortcut_strings() -> None:
    session = transcription_session(
        transcription="whisper-1", turn_detection="semantic_vad", noise_reduction="near_field"
    )
    assert session["audio"]["input"] == {
        "transcription": {"model": "whisper-1"},
        "turn_detection": {"type": "semantic_vad"},
        "noise_reduction": {"type": "near_field"},
    }
    assert realtime_session(prompt="pmpt_9")["prompt"] == {"id": "pmpt_9"}
    assert translation_session(transcription=None) == {
        "model": "gpt-realtime-translate",
        "audio": {"input": {"transcription": None}},
    }


def test_secret_values_are_not_echoed() -> None:
    with pytest.raises(SessionConfigError) as info:
        realtime_session(input_audio_format="sk-abcdefghijklmnop")
    assert "abcdefghijklmnop" not in str(info.value)


class _Lookup:
    """A tool of the app's own: anything with ``to_dict()`` is a ToolDefinition."""

    def to_dict(self) -> dict[str, Any]:
        return {"type": "function", "name": "lookup", "parameters": {"type": "object"}}


def test_a_tool_describes_itself_through_to_dict() -> None:
    assert isinstance(_Lookup(), ToolDefinition)
    session = realtime_session(tools=[_Lookup(), {"type": "function", "name": "b"}])
    assert [tool["name"] for tool in session["tools"]] == ["lookup", "b"]
    assert beta_session(tools=[_Lookup()])["tools"][0]["name"] == "lookup"


def test_a_plain_function_is_not_a_tool() -> None:
    # The core describes no function (its schema is realtime_ext.tools' job): refused, with
    # the way to describe it, rather than sent half-described or dropped.
    def get_weather(city: str) -> str:
        return city

    for build in (realtime_session, beta_session):
        with pytest.raises(SessionConfigError, match=r"tools\[0\].*function_tool"):
            build(tools=[get_weather])  # type: ignore[list-item]

"""The builders' JSON equals what the official ``openai`` package sends for the same config.

The ``openai`` side is written by hand in its typed-params style; a tiny capturing server
records the request body so both are compared as they appear on the wire.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Literal

import openai
import pytest

from realtime_ext.session import (
    audio_format,
    beta_session,
    beta_transcription_session,
    noise_reduction,
    prompt,
    realtime_session,
    semantic_vad,
    server_vad,
    tool_choice_function,
    tool_choice_mcp,
    tracing,
    transcription,
    transcription_session,
    translation_session,
    truncation,
)
from realtime_ext.tools import function_tool, mcp_tool

from ._capture import CaptureServer, capture_server


@function_tool
def get_weather(city: str, unit: Literal["c", "f"] = "c") -> str:
    """Current weather for a city.

    Args:
        city: City name.
        unit: Temperature unit.
    """
    return f"21 {unit} in {city}"


WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {
        "type": "object",
        "properties": {
            "city": {"type": "string", "description": "City name."},
            "unit": {
                "type": "string",
                "enum": ["c", "f"],
                "description": "Temperature unit.",
                "default": "c",
            },
        },
        "required": ["city"],
        "additionalProperties": False,
    },
}


@pytest.fixture
def server() -> Iterator[CaptureServer]:
    with capture_server({"value": "ek_test", "expires_at": 0}) as srv:
        yield srv


@pytest.fixture
def client(server: CaptureServer) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url=server.url, max_retries=0)


def wire(value: Any) -> Any:
    """What a dict looks like after a JSON round trip (tuples -> lists, ...)."""
    return json.loads(json.dumps(value))


GA_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "audio-pcm16-semantic-vad",
        realtime_session(
            model="gpt-realtime",
            instructions="Be brief.",
            voice="marin",
            speed=1.2,
            output_modalities=["audio"],
            input_audio_format="pcm16",
            output_audio_format=audio_format("pcm16"),
            transcription=transcription("whisper-1", language="en", prompt="Names: Ada"),
            noise_reduction=noise_reduction("near_field"),
            turn_detection=semantic_vad(
                eagerness="high", create_response=True, interrupt_response=False
            ),
            include=["item.input_audio_transcription.logprobs"],
            max_output_tokens=4096,
        ),
        {
            "type": "realtime",
            "model": "gpt-realtime",
            "instructions": "Be brief.",
            "output_modalities": ["audio"],
            "audio": {
                "input": {
                    "format": {"type": "audio/pcm", "rate": 24000},
                    "transcription": {
                        "model": "whisper-1",
                        "language": "en",
                        "prompt": "Names: Ada",
                    },
                    "noise_reduction": {"type": "near_field"},
                    "turn_detection": {
                        "type": "semantic_vad",
                        "eagerness": "high",
                        "create_response": True,
                        "interrupt_response": False,
                    },
                },
                "output": {
                    "format": {"type": "audio/pcm", "rate": 24000},
                    "voice": "marin",
                    "speed": 1.2,
                },
            },
            "include": ["item.input_audio_transcription.logprobs"],
            "max_output_tokens": 4096,
        },
    ),
    (
        "g711-server-vad-tools-tracing",
        realtime_session(
            input_audio_format="g711_ulaw",
            output_audio_format="g711_alaw",
            turn_detection=server_vad(
                threshold=0.6,
                prefix_padding_ms=200,
                silence_duration_ms=450,
                create_response=False,
                interrupt_response=True,
                idle_timeout_ms=6000,
            ),
            tools=[get_weather, mcp_tool(server_label="wiki", server_url="https://mcp.example/")],
            tool_choice=tool_choice_function("get_weather"),
            parallel_tool_calls=False,
            tracing=tracing(workflow_name="bot", group_id="g1", metadata={"tenant": "t1"}),
            truncation=truncation(0.7, post_instructions_tokens=1000),
            prompt=prompt("pmpt_1", version="3", variables={"city": "Paris"}),
            reasoning="low",
        ),
        {
            "type": "realtime",
            "audio": {
                "input": {
                    "format": {"type": "audio/pcmu"},
                    "turn_detection": {
                        "type": "server_vad",
                        "threshold": 0.6,
                        "prefix_padding_ms": 200,
                        "silence_duration_ms": 450,
                        "create_response": False,
                        "interrupt_response": True,
                        "idle_timeout_ms": 6000,
                    },
                },
                "output": {"format": {"type": "audio/pcma"}},
            },
            "tools": [
                WEATHER_TOOL,
                {"type": "mcp", "server_label": "wiki", "server_url": "https://mcp.example/"},
            ],
            "tool_choice": {"type": "function", "name": "get_weather"},
            "parallel_tool_calls": False,
            "tracing": {"workflow_name": "bot", "group_id": "g1", "metadata": {"tenant": "t1"}},
            "truncation": {
                "type": "retention_ratio",
                "retention_ratio": 0.7,
                "token_limits": {"post_instructions": 1000},
            },
            "prompt": {"id": "pmpt_1", "version": "3", "variables": {"city": "Paris"}},
            "reasoning": {"effort": "low"},
        },
    ),
    (
        "explicit-nulls-and-strings",
        realtime_session(
            voice={"id": "voice_123"},
            output_modalities="text",
            transcription=None,
            noise_reduction=None,
            turn_detection=None,
            tracing=None,
            prompt=None,
            truncation="disabled",
            tool_choice="required",
            max_output_tokens="inf",
        ),
        {
            "type": "realtime",
            "output_modalities": ["text"],
            "audio": {
                "input": {"transcription": None, "noise_reduction": None, "turn_detection": None},
                "output": {"voice": {"id": "voice_123"}},
            },
            "tracing": None,
            "prompt": None,
            "truncation": "disabled",
            "tool_choice": "required",
            "max_output_tokens": "inf",
        },
    ),
    (
        "mcp-connector-and-mcp-choice",
        realtime_session(
            tools=[
                mcp_tool(
                    server_label="gmail",
                    connector_id="connector_gmail",
                    authorization="oauth-token",
                    allowed_tools={"tool_names": ["search"], "read_only": True},
                    require_approval={"never": {"tool_names": ["search"]}},
                    server_description="Mail",
                ),
                mcp_tool(
                    server_label="docs",
                    server_url="https://docs.example/mcp",
                    headers={"X-Team": "a"},
                    allowed_tools=["read"],
                    require_approval="always",
                ),
            ],
            tool_choice=tool_choice_mcp("gmail", "search"),
            tracing="auto",
            truncation="auto",
        ),
        {
            "type": "realtime",
            "tools": [
                {
                    "type": "mcp",
                    "server_label": "gmail",
                    "connector_id": "connector_gmail",
                    "authorization": "oauth-token",
                    "allowed_tools": {"tool_names": ["search"], "read_only": True},
                    "require_approval": {"never": {"tool_names": ["search"]}},
                    "server_description": "Mail",
                },
                {
                    "type": "mcp",
                    "server_label": "docs",
                    "server_url": "https://docs.example/mcp",
                    "headers": {"X-Team": "a"},
                    "allowed_tools": ["read"],
                    "require_approval": "always",
                },
            ],
            "tool_choice": {"type": "mcp", "server_label": "gmail", "name": "search"},
            "tracing": "auto",
            "truncation": "auto",
        },
    ),
    (
        "transcription-session",
        transcription_session(
            input_audio_format=audio_format("pcm16"),
            transcription=transcription("gpt-4o-transcribe", language="de", prompt="Tech talk"),
            noise_reduction="far_field",
            turn_detection=server_vad(silence_duration_ms=300),
            include=["item.input_audio_transcription.logprobs"],
        ),
        {
            "type": "transcription",
            "audio": {
                "input": {
                    "format": {"type": "audio/pcm", "rate": 24000},
                    "transcription": {
                        "model": "gpt-4o-transcribe",
                        "language": "de",
                        "prompt": "Tech talk",
                    },
                    "noise_reduction": {"type": "far_field"},
                    "turn_detection": {"type": "server_vad", "silence_duration_ms": 300},
                }
            },
            "include": ["item.input_audio_transcription.logprobs"],
        },
    ),
]


@pytest.mark.parametrize(
    ("built", "official"), [c[1:] for c in GA_CASES], ids=[c[0] for c in GA_CASES]
)
def test_client_secrets_session_matches_openai(
    client: openai.OpenAI, server: CaptureServer, built: dict[str, Any], official: dict[str, Any]
) -> None:
    client.realtime.client_secrets.create(session=official)  # type: ignore[arg-type]
    assert server.last.path == "/v1/realtime/client_secrets"
    sent = server.last.json()["session"]
    assert sent == official  # the openai package neither drops nor adds keys
    assert wire(built) == sent


def test_calls_accept_matches_openai(client: openai.OpenAI, server: CaptureServer) -> None:
    built = GA_CASES[0][1]
    client.realtime.calls.accept("rtc_1", **GA_CASES[0][2])
    assert server.last.path == "/v1/realtime/calls/rtc_1/accept"
    assert wire(built) == server.last.json()


def test_calls_create_multipart_session_matches_openai(
    client: openai.OpenAI, server: CaptureServer
) -> None:
    built, official = GA_CASES[1][1], GA_CASES[1][2]
    client.realtime.calls.create(sdp="v=0\r\n", session=official)  # type: ignore[arg-type]
    parts = server.last.multipart()
    assert server.last.path == "/v1/realtime/calls"
    assert wire(built) == json.loads(parts["session"])


def test_translation_session_matches_openai(client: openai.OpenAI, server: CaptureServer) -> None:
    built = translation_session(
        output_language="es",
        transcription="gpt-4o-transcribe",
        noise_reduction=noise_reduction("near_field"),
    )
    official = {
        "model": "gpt-realtime-translate",
        "audio": {
            "input": {
                "transcription": {"model": "gpt-4o-transcribe"},
                "noise_reduction": {"type": "near_field"},
            },
            "output": {"language": "es"},
        },
    }
    client.realtime.translations.client_secrets.create(session=official)  # type: ignore[arg-type]
    assert server.last.path == "/v1/realtime/translations/client_secrets"
    assert server.last.json()["session"] == official
    assert wire(built) == official


def test_beta_session_matches_openai(client: openai.OpenAI, server: CaptureServer) -> None:
    built = beta_session(
        model="gpt-4o-realtime-preview",
        instructions="Hi",
        voice="verse",
        speed=0.9,
        temperature=0.7,
        output_modalities=["text", "audio"],
        input_audio_format=audio_format("g711_ulaw"),
        output_audio_format="pcm16",
        transcription=transcription("whisper-1", language="fr"),
        noise_reduction="near_field",
        turn_detection=server_vad(threshold=0.4, prefix_padding_ms=100),
        tools=[get_weather],
        tool_choice=get_weather,
        tracing="auto",
        max_output_tokens=512,
    )
    client.beta.realtime.sessions.create(
        model="gpt-4o-realtime-preview",
        instructions="Hi",
        voice="verse",
        speed=0.9,
        temperature=0.7,
        modalities=["text", "audio"],
        input_audio_format="g711_ulaw",
        output_audio_format="pcm16",
        input_audio_transcription={"model": "whisper-1", "language": "fr"},
        input_audio_noise_reduction={"type": "near_field"},
        turn_detection={"type": "server_vad", "threshold": 0.4, "prefix_padding_ms": 100},
        tools=[WEATHER_TOOL],  # type: ignore[list-item]
        tool_choice="get_weather",
        tracing="auto",
        max_response_output_tokens=512,
    )
    assert server.last.path == "/v1/realtime/sessions"
    assert wire(built) == server.last.json()


def test_beta_transcription_session_matches_openai(
    client: openai.OpenAI, server: CaptureServer
) -> None:
    built = beta_transcription_session(
        input_audio_format="g711_alaw",
        transcription=transcription("gpt-4o-mini-transcribe", prompt="Acme"),
        noise_reduction=None,
        turn_detection=semantic_vad(eagerness="low"),
        include=["item.input_audio_transcription.logprobs"],
    )
    client.beta.realtime.transcription_sessions.create(
        input_audio_format="g711_alaw",
        input_audio_transcription={"model": "gpt-4o-mini-transcribe", "prompt": "Acme"},
        input_audio_noise_reduction=None,  # type: ignore[arg-type]
        turn_detection={"type": "semantic_vad", "eagerness": "low"},
        include=["item.input_audio_transcription.logprobs"],
    )
    assert server.last.path == "/v1/realtime/transcription_sessions"
    assert wire(built) == server.last.json()

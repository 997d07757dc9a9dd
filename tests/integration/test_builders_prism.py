"""Prism accepts every builder output inside the requests that carry it.

Each realtime_ext.session builder output, from the smallest to one using every part
builder, goes through the client to Prism (serving the upstream spec) in each request that
takes it: client secrets, call accept, translation client secrets and the beta endpoints.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import RealtimeClient, UnprocessableEntityError
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
from support.prism import assert_request_accepted, request_violations

from ._flows import API_KEY
from .spec_defects import BETA_SESSION_CLIENT_SECRET, GA_INPUT_NULL_TURNS_OFF


@function_tool
def lookup_order(order_id: str, include_items: bool = False) -> dict[str, Any]:
    """Find an order.

    Args:
        order_id: The order number.
        include_items: Whether to list the items.
    """
    return {"order_id": order_id}


DOCS = mcp_tool(
    server_label="docs", server_url="https://mcp.example.com/sse", require_approval="never"
)

REALTIME_SESSIONS = {
    "minimal": realtime_session(),
    "everything": realtime_session(
        model="gpt-realtime",
        instructions="You are a support agent.",
        voice="marin",
        speed=1.1,
        output_modalities=["audio"],
        input_audio_format=audio_format("pcm16"),
        output_audio_format="g711_ulaw",
        transcription=transcription("gpt-4o-transcribe", language="en", prompt="order numbers"),
        noise_reduction=noise_reduction("near_field"),
        turn_detection=server_vad(threshold=0.6, prefix_padding_ms=300, silence_duration_ms=500),
        tools=[lookup_order, DOCS],
        tool_choice=tool_choice_function("lookup_order"),
        tracing=tracing(workflow_name="support", group_id="g1", metadata={"team": "a"}),
        truncation=truncation(0.8, post_instructions_tokens=8000),
        max_output_tokens=1024,
        prompt=prompt("pmpt_123", version="2", variables={"name": "Ada"}),
        include=["item.input_audio_transcription.logprobs"],
    ),
    "semantic_vad_alaw_mcp_choice": realtime_session(
        voice="cedar",
        input_audio_format="g711_alaw",
        turn_detection=semantic_vad(eagerness="low"),
        tools=[DOCS],
        tool_choice=tool_choice_mcp("docs"),
        tracing="auto",
        truncation="disabled",
        max_output_tokens="inf",
    ),
    "vad_tracing_prompt_off": realtime_session(turn_detection=None, tracing=None, prompt=None),
}

TRANSCRIPTION_SESSIONS = {
    "minimal": transcription_session(),
    "everything": transcription_session(
        input_audio_format=audio_format("pcm16"),
        transcription=transcription("gpt-4o-transcribe", language="fr"),
        noise_reduction=noise_reduction("far_field"),
        turn_detection=server_vad(silence_duration_ms=700),
        include=["item.input_audio_transcription.logprobs"],
    ),
}


@pytest.fixture
def client(prism_url: str) -> Iterator[RealtimeClient]:
    with RealtimeClient(api_key=API_KEY, base_url=prism_url, max_retries=0) as c:
        yield c


@pytest.mark.parametrize("name", sorted(REALTIME_SESSIONS))
def test_realtime_sessions_in_client_secrets_and_accept(client: RealtimeClient, name: str) -> None:
    session = REALTIME_SESSIONS[name]
    assert_request_accepted(client.client_secrets.create(session=session).response)
    assert_request_accepted(client.calls.accept("rtc_123", session=session).response)


@pytest.mark.parametrize("name", sorted(TRANSCRIPTION_SESSIONS))
def test_transcription_sessions_in_client_secrets(client: RealtimeClient, name: str) -> None:
    secret = client.client_secrets.create(session=TRANSCRIPTION_SESSIONS[name])
    assert_request_accepted(secret.response)


def test_translation_session(client: RealtimeClient) -> None:
    for session in (
        translation_session(),
        translation_session(
            output_language="es", transcription="gpt-4o-transcribe", noise_reduction="near_field"
        ),
    ):
        secret = client.translations.client_secrets.create(session=session, expires_after=600)
        assert_request_accepted(secret.response)


def test_beta_transcription_session(client: RealtimeClient) -> None:
    body = beta_transcription_session(
        input_audio_format="pcm16",
        transcription="whisper-1",
        noise_reduction="far_field",
        turn_detection=server_vad(threshold=0.5),
        include=["item.input_audio_transcription.logprobs"],
    )
    assert_request_accepted(client.transcription_sessions.create(body).response)


def test_beta_session_violates_only_the_documented_defect(client: RealtimeClient) -> None:
    body = beta_session(
        model="gpt-realtime",
        instructions="Be brief.",
        voice="alloy",
        temperature=0.8,
        output_modalities=["audio", "text"],
        input_audio_format="pcm16",
        transcription="whisper-1",
        turn_detection=server_vad(),
        tools=[lookup_order],
        max_output_tokens=512,
    )
    with pytest.raises(UnprocessableEntityError) as info:
        client.sessions.create(body)
    found = {(v.location, v.code, v.message) for v in request_violations(info.value.response)}
    assert found == BETA_SESSION_CLIENT_SECRET.violations


def test_null_transcription_and_noise_reduction_is_the_documented_defect(
    client: RealtimeClient,
) -> None:
    session = realtime_session(transcription=None, noise_reduction=None)
    with pytest.raises(UnprocessableEntityError) as info:
        client.client_secrets.create(session=session)
    found = {(v.location, v.code, v.message) for v in request_violations(info.value.response)}
    assert found == GA_INPUT_NULL_TURNS_OFF.violations

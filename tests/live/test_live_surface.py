"""GPT-Live's whole session surface on the fake (issue 79 item 4): every ``SessionConfig``
field of openai's types is a keyword of ``client.live.connect`` and ``client.live.create``,
``acknowledgement_delay_ms`` goes where openai's types hold it (the delegation), MCP tools
ride the Responses delegation, and ``session.input_audio.mute`` / ``unmute`` go out typed
and are answered as the API answers them."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from openai.types.live.media_session_config_param import MediaSessionConfigParam
from openai.types.live.session_config import SessionConfig

from realtime_ext import AsyncRealtimeClient, Extension, InvalidArgumentError, RealtimeClient
from realtime_ext.sdp import sample_offer
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import mcp_tool
from realtime_ext.webrtc import WebRTC

KEY = "sk-test"
DEEPWIKI = mcp_tool(
    server_label="deepwiki", server_url="https://mcp.deepwiki.com/mcp", require_approval="never"
)
RESPONSES = {"type": "responses", "responses": {"model": "gpt-5", "tools": [DEEPWIKI]}}


class Sent(Extension):
    """The client events a session sent, as they went out."""

    def __init__(self) -> None:
        self.payloads: list[dict[str, Any]] = []

    def sent(self, payload: dict[str, Any]) -> None:
        self.payloads.append(payload)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [p for p in self.payloads if p["type"] == kind]


@pytest.fixture(scope="module")
def fake() -> Any:
    with FakeRealtimeServer() as server:
        yield server


def keywords(function: Any) -> set[str]:
    return set(inspect.signature(function).parameters)


def test_every_session_config_field_is_a_keyword() -> None:
    with RealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9/v1") as client:
        session_fields = set(SessionConfig.model_fields)
        assert session_fields <= keywords(client.live.connect)
        media_fields = set(MediaSessionConfigParam.__annotations__)  # + standby
        assert media_fields <= keywords(client.live.create)
        assert media_fields <= keywords(WebRTC(client).connect_live)
        for entry in (client.live.connect, client.live.create, WebRTC(client).connect_live):
            assert "acknowledgement_delay_ms" in keywords(entry)
        assert "acknowledgement_delay_ms" in keywords(client.live.forks.connect)


def test_acknowledgement_delay_and_mcp_tools_open_on_the_fake(fake: FakeRealtimeServer) -> None:
    with (
        RealtimeClient(api_key=KEY, base_url=fake.base_url) as client,
        client.live.connect(
            model="gpt-live-1", acknowledgement_delay_ms=400, delegation=RESPONSES
        ) as conn,
    ):
        # What the fake started, as the API does: the session.start it was sent.
        assert conn.started is not None
        started = conn.started.session.to_dict()["delegation"]
        assert started["type"] == "responses" and started["acknowledgement_delay_ms"] == 400
        assert started["responses"]["model"] == "gpt-5"
        assert started["responses"]["tools"] == [DEEPWIKI]


def test_the_delay_alone_is_the_applications_delegation(fake: FakeRealtimeServer) -> None:
    async def main() -> dict[str, Any]:
        async with (
            AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url) as client,
            client.live.connect(model="gpt-live-1", acknowledgement_delay_ms=0) as conn,
        ):
            assert conn.started is not None
            delegation: dict[str, Any] = conn.started.session.to_dict()["delegation"]
            return delegation

    assert asyncio.run(main()) == {"type": "client", "acknowledgement_delay_ms": 0}


@pytest.mark.parametrize(
    ("given", "match"),
    [
        ({"acknowledgement_delay_ms": "400"}, "whole number of milliseconds"),
        ({"acknowledgement_delay_ms": True}, "whole number of milliseconds"),
        ({"acknowledgement_delay_ms": -1}, "whole number of milliseconds"),
        (
            {
                "acknowledgement_delay_ms": 400,
                "delegation": {"type": "client", "acknowledgement_delay_ms": 100},
            },
            "given twice",
        ),
    ],
)
def test_a_bad_delay_is_refused_before_anything_opens(given: dict[str, Any], match: str) -> None:
    with RealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9/v1") as client:
        with pytest.raises(InvalidArgumentError, match=match):
            client.live.connect(model="gpt-live-1", **given)
        with pytest.raises(InvalidArgumentError, match=match):
            client.live.create(sdp=sample_offer(), model="gpt-live-1", **given)


def test_create_and_a_fork_take_the_delay(fake: FakeRealtimeServer) -> None:
    with RealtimeClient(api_key=KEY, base_url=fake.base_url) as client:
        answer = client.live.create(
            sdp=sample_offer(),
            model="gpt-live-1",
            acknowledgement_delay_ms=250,
            delegation=RESPONSES,
            store=True,
            idle_timeout_s=30,
            wake_policy={"type": "speech", "vad_threshold": 0.6},
        )
        assert answer.session_id.startswith("live_")
        client.live.sessions.hangup(answer.session_id)
        with client.live.connect(model="gpt-live-1", store=True, delegation=RESPONSES) as stored:
            assert stored.session_id is not None
            stored_id = stored.session_id
            with client.live.forks.connect(
                session_id=stored_id, acknowledgement_delay_ms=300
            ) as fork:
                assert fork.started is not None
                # A fork overrides a Responses delegation only: the delay goes there.
                delegation = fork.started.session.to_dict()["delegation"]
                assert delegation["type"] == "responses"
                assert delegation["acknowledgement_delay_ms"] == 300
                assert delegation["responses"]["tools"] == [DEEPWIKI]  # inherited
                assert fork.session_id != stored_id


def test_mute_and_unmute_go_out_typed_and_are_answered(fake: FakeRealtimeServer) -> None:
    with (
        RealtimeClient(api_key=KEY, base_url=fake.base_url) as client,
        client.live.connect(model="gpt-live-1") as conn,
    ):
        sent = conn.add_extension(Sent())
        conn.session.input_audio.mute(event_id="mute_1")
        muted = conn.run_until("session.input_audio.muted", timeout=10)
        assert muted.client_event_id == "mute_1"
        conn.session.input_audio.unmute()
        conn.run_until("session.input_audio.unmuted", timeout=10)
    assert sent.of("session.input_audio.mute") == [
        {"type": "session.input_audio.mute", "event_id": "mute_1"}
    ]
    assert sent.of("session.input_audio.unmute") == [{"type": "session.input_audio.unmute"}]


def test_asyncio_mute_and_mcp_tools(fake: FakeRealtimeServer) -> None:
    async def main() -> tuple[str, str]:
        async with (
            AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url) as client,
            client.live.connect(
                model="gpt-live-1", delegation=RESPONSES, acknowledgement_delay_ms=400
            ) as conn,
        ):
            await conn.session.input_audio.mute()
            muted = await conn.run_until("session.input_audio.muted", timeout=10)
            await conn.session.input_audio.unmute()
            unmuted = await conn.run_until("session.input_audio.unmuted", timeout=10)
            return muted.type, unmuted.type

    assert asyncio.run(main()) == ("session.input_audio.muted", "session.input_audio.unmuted")

"""The shared fake-server script gives the same event sequence through our connection and
through the official openai package's ``client.realtime.connect()``."""

from __future__ import annotations

from typing import Any

import openai
import pytest
from fake_server import fake_server_script

from realtime_ext.connection import aconnect, connect
from realtime_ext.events import UnknownEvent
from realtime_ext.testing import FakeRealtimeServer

pytestmark = pytest.mark.filterwarnings("ignore:connect\\(\\) must be used:DeprecationWarning")
T = 10.0


def sequence(steps: list[fake_server_script.Step]) -> list[str]:
    return [event["type"] for step in steps for event in step.seen]


def typed(event: Any) -> dict[str, Any]:
    assert not isinstance(event, UnknownEvent), event
    data: dict[str, Any] = event.to_dict()
    return data


def run_openai() -> list[str]:
    with FakeRealtimeServer() as server:
        client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
        with client.realtime.connect(model="gpt-realtime") as conn:
            steps = fake_server_script.run(
                server,
                lambda event: conn.send(event),
                lambda: conn.recv().model_dump(mode="json", exclude_unset=True),
            )
    fake_server_script.check_content(steps)
    return sequence(steps)


def test_sync_connection_matches_openai() -> None:
    with (
        FakeRealtimeServer() as server,
        connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn,
    ):
        # openai returns error events from recv(); ours raise unless the app handles them.
        conn.on("error", lambda event: None)
        steps = fake_server_script.run(server, conn.send, lambda: typed(conn.recv(T)))
    fake_server_script.check_content(steps)
    ours = sequence(steps)
    assert ours == run_openai()
    assert len(ours) > 40


async def test_async_connection_matches_openai() -> None:
    async with (
        FakeRealtimeServer() as server,
        aconnect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn,
    ):
        conn.on("error", lambda event: None)
        # The script is synchronous; drive it by hand, step by step, with the same data.
        steps = fake_server_script.steps()
        for step in steps:
            if step.before is not None:
                step.before(server)
            if step.send is not None:
                await conn.send(step.send)
            step.seen = [typed(await conn.recv(T)) for _ in step.expect]
            assert [e["type"] for e in step.seen] == step.expect, step.name
    fake_server_script.check_content(steps)
    assert sequence(steps) == run_openai()

"""``on``/``off``/``once`` and the ``dispatch_events`` loop, sync and async."""

from __future__ import annotations

from typing import Any

from realtime_ext.connection import aconnect, connect
from realtime_ext.testing import FakeRealtimeServer

T = 10.0


def test_sync_on_off_once_and_dispatch_events(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="one two")
    seen: dict[str, list[str]] = {"every": [], "once": [], "deltas": [], "off": []}
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        conn.on("*", lambda e: seen["every"].append(e.type_))
        conn.once("response.created", lambda e: seen["once"].append(e.response.id))

        @conn.on("response.output_audio_transcript.delta")
        def delta(event: Any) -> None:
            seen["deltas"].append(event.delta)

        def removed(event: Any) -> None:
            seen["off"].append(event.type_)

        conn.on("response.done", removed)
        assert conn.off("response.done", removed) == 1
        assert conn.off("response.done", removed) == 0

        @conn.on("response.done")
        def done(event: Any) -> None:
            conn.close()  # ends dispatch_events() cleanly

        conn.response.create()
        conn.dispatch_events()
    assert seen["every"][0] == "session.created" and seen["every"][-1] == "response.done"
    assert len(seen["once"]) == 1
    assert "".join(seen["deltas"]) == "one two"
    assert seen["off"] == []


def test_sync_once_fires_once_across_responses(server: FakeRealtimeServer) -> None:
    fired: list[str] = []
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        conn.once("response.done", lambda e: fired.append(e.response.id))
        for _ in range(2):
            conn.response.create()
            conn.run_until("response.done", timeout=T)
    assert len(fired) == 1


async def test_async_on_off_once_and_run(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="alpha beta")
    seen: dict[str, list[Any]] = {"every": [], "once": [], "deltas": []}
    async with aconnect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        conn.on("*", lambda e: seen["every"].append(e.type_))

        @conn.once("response.created")
        async def created(event: Any) -> None:
            seen["once"].append(event.response.id)

        @conn.on("response.output_audio_transcript.delta")
        async def delta(event: Any) -> None:
            seen["deltas"].append(event.delta)

        @conn.on("response.done")
        async def done(event: Any) -> None:
            # "*" handlers run after the specific ones: this is the second response.done.
            if seen["every"].count("response.done") == 1:
                await conn.close()
            else:
                await conn.response.create()

        assert conn.off("response.output_audio_transcript.delta") == 1
        conn.on("response.output_audio_transcript.delta", delta)
        await conn.response.create()
        await conn.dispatch_events()
    assert seen["every"].count("response.done") == 2
    assert len(seen["once"]) == 1
    assert "".join(seen["deltas"]).startswith("alpha beta")

"""Checked, never run: GPT-Live code as users write it narrows strictly without casts."""

from __future__ import annotations

from typing import assert_type

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.conversation import AsyncLiveConnection, LiveConnection
from realtime_ext.events import LiveServerEvent, UnknownEvent
from realtime_generated.models import (
    LiveDelegationCreatedEvent,
    LiveEvent,
    LiveOutputTranscriptDeltaEvent,
    LiveResponseFunctionToolCall,
    LiveResponseOutputMessage,
    LiveResponseTextDeltaEvent,
    LiveSessionClosedEvent,
    LiveSessionStartedEvent,
    RealtimeUnknownVariant,
)


def sync_app(client: RealtimeClient, pcm: bytes) -> str:
    text = ""
    with client.live.connect(
        model="gpt-live-1",
        instructions="Be brief.",
        audio={"format": {"type": "audio/pcm", "rate": 24000}},
        delegation={"type": "client"},
        input=[{"role": "user", "content": [{"type": "input_text", "text": "Hi"}]}],
        ping_interval=None,
    ) as conn:
        assert_type(conn, LiveConnection)
        assert_type(conn.started, LiveSessionStartedEvent | None)
        assert_type(conn.session_id, str | None)
        conn.commentary("Tell the user their package arrives on Friday.")
        conn.thinking("Still looking.", delegation_id="item_1")
        conn.session.input_audio.append(audio="AAAA")
        conn.send_audio(pcm)
        conn.response.create()
        first = conn.recv(timeout=5)
        assert_type(first, LiveServerEvent)
        for event in conn:
            if event.type == "session.output_transcript.delta":
                assert_type(event, LiveOutputTranscriptDeltaEvent)
                text += event.delta
            elif event.type == "session.delegation.created":
                assert_type(event, LiveDelegationCreatedEvent)
                conn.commentary("It ships Friday.", delegation_id=event.delegation.id)
            elif event.type == "unknown":
                assert_type(event, UnknownEvent)
                print(event.wire_type)
        closed = conn.run_until("session.closed", timeout=5)
        assert_type(closed, LiveSessionClosedEvent)
        print(closed.reason)
        ended = conn.close()
        assert_type(ended, LiveSessionClosedEvent | None)
    return text


async def async_app(client: AsyncRealtimeClient) -> None:
    async with client.live.connect(model="gpt-live-1") as conn:
        assert_type(conn, AsyncLiveConnection)
        await conn.instructions("Answer in French from now on.")
        async for event in conn:
            if event.type == "session.output_transcript.delta":
                print(event.delta)
    opened = await client.live.sideband.connect(session_id="live_1")
    assert_type(opened, AsyncLiveConnection)
    await opened.transport.dtmf.send(event="5")
    await opened.close()
    async with client.live.forks.connect(session_id="live_1", store=True) as fork:
        started = fork.started
        if started is not None:
            print(started.session.id)


def responses_delegation(conn: LiveConnection) -> str:
    """The delegated backend's stream narrows on the nested event's and its item's ``type``."""
    answer = ""
    for event in conn:
        if event.type == "response.event":
            nested = event.event
            if nested.type == "response.output_text.delta":
                assert_type(nested, LiveResponseTextDeltaEvent)
                answer += nested.delta
            elif nested.type == "response.output_item.done":
                item = nested.item
                if item.type == "function_call":
                    assert_type(item, LiveResponseFunctionToolCall)
                    conn.response.item.create(
                        item={"type": "function_call_output", "call_id": item.call_id, "output": ""}
                    )
                elif item.type == "message":
                    assert_type(item, LiveResponseOutputMessage)
                    print(item.phase)
            elif nested.type == "unknown":
                assert_type(nested, RealtimeUnknownVariant)
                print(nested.type_)
        elif event.type == "decision.event" and event.event.type == "decision.completed":
            assert_type(event.event, LiveEvent)
            print(event.event.decision)
    return answer


def takes_either(conn: LiveConnection) -> None:
    sideband: LiveConnection = RealtimeClient().live.sideband.connect(session_id="live_1")
    print(conn.session_id, sideband.session_id)


def sync_continuity(client: RealtimeClient) -> tuple[str | None, int]:
    """Reconnect keywords, the carry function and what the app is told, strictly typed."""
    from collections.abc import Mapping, Sequence
    from typing import Any

    from realtime_ext import SessionClosedError
    from realtime_ext.conversation import LiveCarryMode, ReconnectedEvent

    def summary(items: Sequence[dict[str, Any]]) -> list[Mapping[str, Any]]:
        text = " ".join(str(item["content"][0]["text"]) for item in items)
        return [{"role": "developer", "content": [{"type": "input_text", "text": text[-500:]}]}]

    told: list[ReconnectedEvent] = []
    carry: LiveCarryMode = summary
    conn = client.live.connect(
        model="gpt-live-1",
        max_retries=3,
        reconnect_delay=0.1,
        max_reconnect_delay=2.0,
        on_reconnected=told.append,
        carry=carry,
        max_session_duration=None,
    )
    try:
        conn.run_until("session.closed")
    except SessionClosedError as exc:
        assert_type(exc.closed_reason, str)
    event = told[0]
    assert_type(event.forked, bool)
    assert_type(event.session_id, str | None)
    return event.session_id, len(event.carried_input)


def history_and_metrics(conn: LiveConnection) -> list[str]:
    """conn.history narrows on item.type; SessionMetrics reads a Live connection."""
    from realtime_ext.conversation import LiveDelegation, LiveHistory, LiveTranscript
    from realtime_ext.telemetry import DelegationMetrics, SessionMetrics

    assert_type(conn.history, LiveHistory)
    conn.history.max_items = 500
    said: list[str] = []
    for item in conn.history:
        if item.type == "transcript":
            assert_type(item, LiveTranscript)
            said.append(f"{item.role}: {item.text} ({item.start_ms}-{item.end_ms})")
        else:
            assert_type(item, LiveDelegation)
            said.append(f"{item.target} {item.status}: {', '.join(item.results)}")
    metrics = SessionMetrics.of(conn)
    assert_type(metrics.usage_seconds, float | None)
    assert_type(metrics.context_window_ratio, float | None)
    for delegation in metrics.delegations:
        assert_type(delegation, DelegationMetrics)
        said.append(f"{delegation.target} {delegation.duration_ms:.0f} ms")
    said.append(str(metrics[-1].time_to_first_audio_ms))
    return said


def delegated_tools(conn: LiveConnection, aconn: AsyncLiveConnection) -> list[int]:
    """A client tool asks for its delegation by a typed parameter; the loop's bounds."""
    from realtime_ext.tools import (
        DEFAULT_MAX_CONCURRENT_CALLS,
        AsyncDelegationContext,
        DelegationContext,
        LiveToolLoop,
        ToolRegistry,
    )

    registry = ToolRegistry()

    @registry.register
    def check_status(request: str, delegation: DelegationContext) -> str:
        assert_type(delegation.delegation_id, str)
        assert_type(delegation.connection, LiveConnection)
        delegation.thinking("Two of three checks passed.")
        delegation.commentary("Still checking.")
        return "Staging is healthy."

    aregistry = ToolRegistry()

    @aregistry.register
    async def acheck_status(request: str, delegation: AsyncDelegationContext) -> str:
        assert_type(delegation.connection, AsyncLiveConnection)
        await delegation.thinking("Two of three checks passed.")
        return "Staging is healthy."

    loop = conn.add_extension(
        LiveToolLoop(
            conn, registry, client_tool="check_status", max_concurrent_calls=4, max_queued_calls=0
        )
    )
    aloop = aconn.add_extension(LiveToolLoop(aconn, aregistry))
    name = LiveToolLoop.client_tool_for(registry, on_asyncio=False)
    assert_type(name, str | None)
    return [loop.max_concurrent_calls, aloop.refused, DEFAULT_MAX_CONCURRENT_CALLS]

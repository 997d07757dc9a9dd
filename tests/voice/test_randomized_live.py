"""Barge-in over a live connection to the fake server, in seeded random interleavings.

Each scenario scripts an answer (0-1.5 s of audio, sometimes slow to start), asks for it,
then mixes at random: receiving a few more events, playing some of it, a tracker that claims
more was played than arrived (a device reporting early), the user talking (server VAD
sends ``speech_started``) and ``conn.interrupt()``; turn detection cancels responses
itself or leaves it to the client, at random. Whatever happens, a truncate never
exceeds the audio the client had received for that item when it sent it (the fake
server would also answer an ``error``) and no item is truncated twice. The only error
allowed is a barge-in ``response.cancel`` that crossed the response's end.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass, field
from typing import Any

from realtime_ext import AsyncRealtimeClient, Extension, RealtimeClient
from realtime_ext.testing import FakeRealtimeServer, FakeSpeaker, ManualClock, sine_pcm16
from realtime_ext.voice import AsyncVoice, Interruption, PlaybackTracker, Voice

T = 10.0
SCENARIOS = 100
BYTES_PER_MS = 48  # PCM16 at 24 kHz
# A short utterance, then enough quiet (silence_duration_ms: 500) that the next one is a
# new turn and sends speech_started again.
SPEECH = sine_pcm16(30) + bytes(BYTES_PER_MS * 600)
ACTIONS = ["recv", "recv", "recv", "play", "lie", "speech", "interrupt"]


def _session(interrupt_response: bool) -> dict[str, Any]:
    # create_response off: the only responses are the ones a scenario asks for.
    turn = {"type": "server_vad", "create_response": False}
    turn["interrupt_response"] = interrupt_response
    return {"type": "realtime", "audio": {"input": {"turn_detection": turn}}}


@dataclass
class Plan:
    """One scenario, drawn from its seed (so a failure names a seed that replays it)."""

    seed: int
    interrupt_response: bool | None  # None: keep the session as it is
    audio_ms: int
    delay_ms: int
    actions: list[tuple[str, float]]

    @classmethod
    def draw(cls, seed: int) -> Plan:
        rng = random.Random(seed)
        toggle = rng.random() < 0.25
        return cls(
            seed=seed,
            interrupt_response=rng.random() < 0.5 if toggle else None,
            audio_ms=rng.choice([0, 100, 200, 300, 500, 800, 1000, 1500]),
            delay_ms=rng.choice([0, 0, 0, 5]),
            actions=[(rng.choice(ACTIONS), rng.uniform(0, 600)) for _ in range(rng.randint(2, 9))],
        )


@dataclass
class Audit(Extension):
    """A conversation extension that checks every truncate as it is sent."""

    heard_bytes: dict[tuple[str, int], int] = field(default_factory=dict)
    truncated: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    seed: int = -1

    def received(self, event: Any) -> None:
        if getattr(event, "type_", None) != "response.output_audio.delta":
            return
        data = event.to_dict()
        key = (data["item_id"], data["content_index"])
        self.heard_bytes[key] = self.heard_bytes.get(key, 0) + len(base64.b64decode(data["delta"]))

    def sent(self, payload: dict[str, Any]) -> None:
        if payload.get("type") != "conversation.item.truncate":
            return
        key = (payload["item_id"], payload["content_index"])
        received_ms = self.heard_bytes.get(key, 0) / BYTES_PER_MS
        if payload["audio_end_ms"] > received_ms:
            self.problems.append(f"seed {self.seed}: {payload} beyond {received_ms} ms received")
        if payload["item_id"] in self.truncated:
            self.problems.append(f"seed {self.seed}: {payload['item_id']} truncated twice")
        self.truncated.add(payload["item_id"])


@dataclass
class Run:
    """What the client saw across scenarios."""

    owed: int = 0  # responses asked for whose response.done has not arrived
    last_item: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    cuts: list[Interruption] = field(default_factory=list)

    def saw(self, event: dict[str, Any]) -> str:
        kind: str = event["type"]
        if kind == "response.done":
            self.owed -= 1
        elif kind == "response.output_audio.delta":
            self.last_item = event["item_id"]
        elif kind == "error":
            self.errors.append(event)
        return kind


def _burst(value: float) -> int:
    """How many events a "recv" action takes: 1 to 13, so audio is often half received."""
    return 1 + int(value) // 50


def _check(server: FakeRealtimeServer, audit: Audit, run: Run) -> None:
    assert audit.problems == []
    unexpected = [
        e
        for e in run.errors
        if e["error"].get("code") != "response_cancel_not_active"
        or not str(e["error"].get("event_id")).startswith("barge_in_")
    ]
    assert unexpected == []
    sent = [e for e in server.connections[-1].events if e["type"] == "conversation.item.truncate"]
    assert len({e["item_id"] for e in sent}) == len(sent)
    # The scenarios did exercise what they are about: truncates, some of them clamped.
    cut = [c for c in run.cuts if c.audio_end_ms is not None]
    assert len(cut) >= SCENARIOS // 10
    assert any(c.played_ms is not None and c.received_ms == c.audio_end_ms for c in cut)


def test_sync_random_interleavings_never_over_truncate(server: FakeRealtimeServer) -> None:
    clock, tracker, audit, run = ManualClock(1000.0), PlaybackTracker(), Audit(), Run()
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[voice := Voice(playback=tracker)]) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock, keep=False).attach(conn)
        conn.add_extension(audit)
        conn.on("interrupted", run.cuts.append)
        conn.on("error", lambda event: None)  # errors come back from recv, to be checked
        conn.recv(T)
        conn.session.update(session=_session(True))
        while run.saw(conn.recv(T).to_dict()) != "session.updated":
            pass
        for seed in range(SCENARIOS):
            plan = Plan.draw(seed)
            audit.seed = seed
            if plan.interrupt_response is not None:
                conn.session.update(session=_session(plan.interrupt_response))
            server.script.next_response(
                text="Some words", audio_ms=plan.audio_ms, delay_ms=plan.delay_ms
            )
            conn.response.create()
            run.owed += 1
            for action, value in plan.actions:
                if action == "recv":
                    for _ in range(_burst(value)):
                        if run.owed:
                            run.saw(conn.recv(T).to_dict())
                elif action == "play":
                    clock.advance(value / 1000)
                    speaker.pump()
                elif action == "lie" and run.last_item is not None:
                    tracker.on_play_ms(run.last_item, 0, value * 3)
                elif action == "speech":
                    conn.send_audio(SPEECH)
                elif action == "interrupt":
                    voice.interrupt()
            while run.owed:
                run.saw(conn.recv(T).to_dict())
            conn.input_audio_buffer.clear()  # answered after all the scenario caused
            while run.saw(conn.recv(T).to_dict()) != "input_audio_buffer.cleared":
                pass
    _check(server, audit, run)


async def test_async_random_interleavings_never_over_truncate(
    server: FakeRealtimeServer,
) -> None:
    clock, tracker, audit, run = ManualClock(1000.0), PlaybackTracker(), Audit(), Run()
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(
            model="gpt-realtime", extensions=[voice := AsyncVoice(playback=tracker)]
        ) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock, keep=False).attach(conn)
        conn.add_extension(audit)
        conn.on("interrupted", run.cuts.append)
        conn.on("error", lambda event: None)
        await conn.recv(T)
        await conn.session.update(session=_session(False))
        while run.saw((await conn.recv(T)).to_dict()) != "session.updated":
            pass
        for seed in range(SCENARIOS):
            plan = Plan.draw(10_000 + seed)  # other scenarios than the sync test's
            audit.seed = plan.seed
            if plan.interrupt_response is not None:
                await conn.session.update(session=_session(plan.interrupt_response))
            server.script.next_response(
                text="Some words", audio_ms=plan.audio_ms, delay_ms=plan.delay_ms
            )
            await conn.response.create()
            run.owed += 1
            for action, value in plan.actions:
                if action == "recv":
                    for _ in range(_burst(value)):
                        if run.owed:
                            run.saw((await conn.recv(T)).to_dict())
                elif action == "play":
                    clock.advance(value / 1000)
                    speaker.pump()
                elif action == "lie" and run.last_item is not None:
                    tracker.on_play_ms(run.last_item, 0, value * 3)
                elif action == "speech":
                    await conn.send_audio(SPEECH)
                elif action == "interrupt":
                    await voice.interrupt()
            while run.owed:
                run.saw((await conn.recv(T)).to_dict())
            await conn.input_audio_buffer.clear()
            while run.saw((await conn.recv(T)).to_dict()) != "input_audio_buffer.cleared":
                pass
    _check(server, audit, run)

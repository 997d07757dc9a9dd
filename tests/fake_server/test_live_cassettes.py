"""GPT-Live cassettes: a Live session recorded once against serve-fake (its WebSocket, a
sideband, and the HTTP of WebRTC create, SIP controls, fork and download) replays offline,
strictly, with the upstream gone, to the blocking and the asyncio client alike; no secret
the session used is in the file (issue 65 item 4)."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    ConnectionClosed,
    RealtimeClient,
    RealtimeServerError,
    sdp,
)
from realtime_ext.testing import Cassette, FakeRealtimeServer
from realtime_ext.testing._cassette import cassette_leaks
from realtime_ext.testing._http import RecordedRequest
from realtime_ext.testing._replay import CassetteReplay, _ReplaySocket

REAL_KEY = "sk-proj-LiveCassetteKey0123456789abcdef"
ORGANIZATION = "org-LiveCassetteOrg0123"
PROJECT = "proj_LiveCassetteProject0123"
PASTED = "sk-proj-PastedIntoTheChat0123456789"
"""A key a user read out and the app passed on as context: masked in the cassette too."""
MCP_TOKEN = "crm-token-Zx81Lq0"
TENANT_KEY = "tenant-secret-77"
# Secrets that look like nothing in particular: masked by where they stand (a tool's
# authorization and headers), on the way up in session.start and back in session.started.
DELEGATION = {
    "type": "responses",
    "responses": {
        "model": "gpt-5",
        "tools": [
            {
                "type": "mcp",
                "server_label": "crm",
                "server_url": "https://crm.example.com/mcp",
                "authorization": MCP_TOKEN,
                "headers": {"X-Tenant-Key": TENANT_KEY},
            }
        ],
    },
}
FACT = "The package arrives on Friday."
AUDIO = {"format": {"type": "audio/pcm", "rate": 24000}}
SILENCE = bytes(4800) * 30  # three seconds of 24 kHz PCM16: the timeline moves with it
RECORDED_OFFER = sdp.sample_offer("chrome-linux")
REPLAYED_OFFER = sdp.sample_offer("firefox")  # an offer differs on every call: not compared
Summary = tuple[Any, ...]


def _ice(text: str) -> list[str]:
    return re.findall(r"(?m)^a=ice-(?:ufrag|pwd):([^\r\n]+)", text)


def _summary(
    stored: str,
    said: str,
    acked: Any,
    heard: Any,
    closed: Any,
    created: Any,
    forked: Any,
    recording: Any,
) -> Summary:
    """What the app saw, to compare between the recording and its replays."""
    return (
        stored,
        said,
        acked.start_ms == heard.start_ms,  # the sideband's append, acknowledged on both
        closed.reason if closed is not None else None,
        created.session_id,
        forked.session_id,
        len(recording.content),
    )


def live_app(
    base_url: str, sip_session: str, offer: str, fact: str = FACT, *, answers: bool = False
) -> Summary:
    """A Live app's whole life, blocking: a stored WebSocket session with a sideband, a
    WebRTC session created and hung up, the stored one forked and its recording downloaded,
    a SIP session accepted and referred. ``answers``: the SDP answers go last."""
    with RealtimeClient(
        api_key=REAL_KEY, base_url=base_url, organization=ORGANIZATION, project=PROJECT
    ) as client:
        with client.live.connect(
            model="gpt-live-1", audio=AUDIO, store=True, delegation=DELEGATION
        ) as conn:
            stored = conn.session_id
            assert stored is not None
            conn.thinking(f"The caller read out their key {PASTED}; never repeat it.")
            conn.commentary(fact)
            conn.send_audio(SILENCE)
            said = ""
            while "Friday" not in said:
                said += conn.run_until("session.output_transcript.delta", timeout=10).delta
            with client.live.sideband.connect(session_id=stored) as sideband:
                sideband.thinking("The caller is a premium customer.")
                acked = sideband.run_until("session.thinking.appended", timeout=10)
            # The primary sees the sideband's context only once the sideband has sent it.
            heard = conn.run_until("session.thinking.appended", timeout=10)
            closed = conn.close(timeout=10)
        created = client.live.create(sdp=offer, model="gpt-live-1", instructions="Be brief.")
        client.live.sessions.hangup(created.session_id)
        forked = client.live.sessions.fork(stored, sdp=offer)
        client.live.sessions.hangup(forked.session_id)
        recording = client.live.sessions.download_recording(stored)
        client.live.sessions.accept(sip_session, session={"model": "gpt-live-1"})
        client.live.sessions.refer(sip_session, target_uri="tel:+14155550199")
    summary = _summary(stored, said, acked, heard, closed, created, forked, recording)
    return (*summary, created.sdp, forked.sdp) if answers else summary


async def async_live_app(base_url: str, sip_session: str, offer: str) -> Summary:
    """:func:`live_app` with the asyncio client."""
    async with AsyncRealtimeClient(
        api_key=REAL_KEY, base_url=base_url, organization=ORGANIZATION, project=PROJECT
    ) as client:
        async with client.live.connect(
            model="gpt-live-1", audio=AUDIO, store=True, delegation=DELEGATION
        ) as conn:
            stored = conn.session_id
            assert stored is not None
            await conn.thinking(f"The caller read out their key {PASTED}; never repeat it.")
            await conn.commentary(FACT)
            await conn.send_audio(SILENCE)
            said = ""
            while "Friday" not in said:
                said += (await conn.run_until("session.output_transcript.delta", timeout=10)).delta
            async with client.live.sideband.connect(session_id=stored) as sideband:
                await sideband.thinking("The caller is a premium customer.")
                acked = await sideband.run_until("session.thinking.appended", timeout=10)
            heard = await conn.run_until("session.thinking.appended", timeout=10)
            closed = await conn.close(timeout=10)
        created = await client.live.create(sdp=offer, model="gpt-live-1", instructions="Be brief.")
        await client.live.sessions.hangup(created.session_id)
        forked = await client.live.sessions.fork(stored, sdp=offer)
        await client.live.sessions.hangup(forked.session_id)
        recording = await client.live.sessions.download_recording(stored)
        await client.live.sessions.accept(sip_session, session={"model": "gpt-live-1"})
        await client.live.sessions.refer(sip_session, target_uri="tel:+14155550199")
    return _summary(stored, said, acked, heard, closed, created, forked, recording)


class Recorded:
    """The recording, what the app saw while it was made, and the secrets it used."""

    def __init__(self, path: Path, sip_session: str, summary: Summary) -> None:
        self.path = path
        self.sip_session = sip_session
        self.summary = summary[:-2]
        answers: tuple[str, str] = summary[-2:]
        self.secrets = [REAL_KEY, ORGANIZATION, PROJECT, PASTED, MCP_TOKEN, TENANT_KEY]
        self.secrets += _ice(RECORDED_OFFER)
        for answer in answers:  # the ICE credentials of the SDP answers the app was given
            self.secrets += _ice(answer)


# Module-scoped: each test below only reads the recording or replays it, and recording costs
# two aiortc answers on the fake.
@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    path = tmp_path_factory.mktemp("live") / "live.jsonl"
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        sip_session, _ = upstream.live_call_incoming()
        with FakeRealtimeServer(
            cassette=path, record_mode="once", upstream=upstream.base_url
        ) as recorder:
            summary = live_app(recorder.base_url, sip_session, RECORDED_OFFER, answers=True)
    return Recorded(path, sip_session, summary)  # the upstream is gone from here on


def test_the_recording_holds_every_channel_and_no_secret(recorded: Recorded) -> None:
    cassette = Cassette.load(recorded.path)
    stored = recorded.summary[0]
    assert [c[0]["path"] for c in cassette.connections()] == [
        "/v1/live/sessions",
        f"/v1/live/sessions/{stored}/attach",
    ]
    assert [(r["method"], r["path"].rsplit("/", 1)[-1]) for r in cassette.http] == [
        ("POST", "sessions"),
        ("POST", "hangup"),
        ("POST", "fork"),
        ("POST", "hangup"),
        ("GET", "content"),
        ("POST", "accept"),
        ("POST", "refer"),
    ]
    text = recorded.path.read_text(encoding="utf-8")
    assert len(recorded.secrets) >= 12  # key, org, project, pasted key, MCP's two, 3 ICE pairs
    for secret in recorded.secrets:
        assert secret not in text, secret
    assert cassette_leaks(recorded.path, recorded.secrets) == []
    assert "a=ice-pwd:***" in text and "sk-***" in text
    assert '"authorization":"***"' in text  # the MCP tool's, masked; no request header kept
    assert "bearer" not in text.lower()


def test_a_live_cassette_replays_offline_strictly(recorded: Recorded) -> None:
    with FakeRealtimeServer(cassette=recorded.path, record_mode="none") as replay:
        summary = live_app(replay.base_url, recorded.sip_session, REPLAYED_OFFER)
        assert replay.cassette_mismatches == []
        assert replay.cassette_unplayed == []
    assert summary == recorded.summary
    assert summary[2] is True and summary[3] == "close_requested"


async def test_a_live_cassette_replays_offline_to_asyncio(recorded: Recorded) -> None:
    with FakeRealtimeServer(cassette=recorded.path, record_mode="none") as replay:
        summary = await async_live_app(replay.base_url, recorded.sip_session, REPLAYED_OFFER)
        assert replay.cassette_mismatches == []
        assert replay.cassette_unplayed == []
    assert summary == recorded.summary


def test_a_frame_that_differs_fails_with_the_difference(recorded: Recorded) -> None:
    with (
        FakeRealtimeServer(cassette=recorded.path, record_mode="none") as replay,
        # The error event naming the difference, or the close after it (a send that raced
        # it): which one the app meets first depends on what it was doing.
        pytest.raises((RealtimeServerError, ConnectionClosed), match="cassette"),
    ):
        live_app(replay.base_url, recorded.sip_session, REPLAYED_OFFER, fact="It comes Monday.")
    assert replay.cassette_mismatches == [
        f"cassette {recorded.path}: connection 0, client event #3 (recorded "
        f"'session.commentary.append'): content: expected {FACT!r}, got 'It comes Monday.'"
    ]


def test_the_timeline_replays_without_waiting(recorded: Recorded, tmp_path: Path) -> None:
    # The same session stretched to hours of recorded time: a replay that kept the recorded
    # pace would outlive every timeout of the app (10 s); the default replay never waits.
    stretched = tmp_path / "stretched.jsonl"
    records = [json.loads(line) for line in recorded.path.read_text(encoding="utf-8").splitlines()]
    # To an hour, however fast the recording ran (a fixed factor left an idle machine's
    # recording under the app's timeouts).
    factor = 3600 / max(max((record.get("t", 0) for record in records), default=0), 0.001)
    lines: list[str] = []
    for record in records:
        if "t" in record:
            record["t"] = record["t"] * factor
        lines.append(json.dumps(record))
    stretched.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert Cassette.load(stretched).records[-1]["t"] > 600
    with FakeRealtimeServer(cassette=stretched, record_mode="none") as replay:
        assert live_app(replay.base_url, recorded.sip_session, REPLAYED_OFFER) == recorded.summary
        assert replay.cassette_mismatches == []


# -- order across channels, on the replay itself ------------------------------------------
ORDERED = [
    {"kind": "cassette", "version": 1},
    {"kind": "ws.open", "conn": 0, "path": "/v1/live/sessions"},
    {"kind": "ws.server", "conn": 0, "event": {"type": "session.started"}},
    {"kind": "ws.open", "conn": 1, "path": "/v1/live/sessions/live_1/attach"},
    {"kind": "ws.client", "conn": 1, "event": {"type": "session.thinking.append"}},
    {"kind": "ws.server", "conn": 0, "event": {"type": "session.thinking.appended"}},
    {"kind": "http", "method": "POST", "path": "/v1/live/sessions/live_1/hangup", "status": 200},
    {"kind": "ws.server", "conn": 0, "event": {"type": "session.closed"}},
]


def _no_close(code: int | None, reason: str) -> None:
    raise AssertionError(f"the replay closed a socket ({code}, {reason!r})")


async def _settle() -> None:
    for _ in range(20):  # yield to the replay's tasks: nothing left to run after these
        await asyncio.sleep(0)


async def test_a_server_message_waits_for_what_other_channels_sent_before_it() -> None:
    replay = CassetteReplay(Cassette(ORDERED, "ordered.jsonl"))
    primary: list[Any] = []
    sideband: list[Any] = []
    opened = replay.route("/v1/live/sessions")(primary.append, _no_close)
    attached = replay.route("/v1/live/sessions/live_1/attach")(sideband.append, _no_close)
    assert opened.start is not None and attached.start is not None
    assert isinstance(attached.handler, _ReplaySocket)
    opened.start()
    attached.start()
    await _settle()
    # The acknowledgement waits for the sideband's append, session.closed for the hangup.
    assert [e["type"] for e in primary] == ["session.started"]
    attached.handler.dispatch({"type": "session.thinking.append"})
    await _settle()
    assert [e["type"] for e in primary] == ["session.started", "session.thinking.appended"]
    hangup = RecordedRequest("POST", "/v1/live/sessions/live_1/hangup", {}, {}, b"")
    assert replay.handle_http(hangup) is not None
    await _settle()
    assert [e["type"] for e in primary][-1] == "session.closed"
    assert replay.unplayed() == []

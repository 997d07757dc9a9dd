"""The fake's GPT-Live wall clock (its default, as the API's): the output track at real time
whatever the input's rate, commentary acknowledged once the model's track has begun and
said in its own words, speech while it delegates.

One test goes through a socket on the wall clock (about a second); the others drive a
wall-clock session in-process, one :meth:`FakeLiveSession.tick` for each 100 ms (no time
passes), as the server's ticker does.
"""

from __future__ import annotations

import base64
import json
import time
from typing import Any

from websockets.sync.client import connect

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.testing._live import FakeLiveSession
from realtime_ext.testing._script import Script

JSON = dict[str, Any]
SILENCE = base64.b64encode(bytes(4800)).decode()  # 100 ms of 24 kHz PCM16
TONE = base64.b64encode(sine_pcm16(100)).decode()


def test_a_burst_of_input_gets_output_at_the_wall_clocks_pace() -> None:
    # Six seconds of input sent at once: the real API streams ten 100 ms frames a second,
    # whatever the input's rate (the test clock sent all sixty back at once), and a
    # sideband sees the timeline go by at the same pace (200 ms chunks).
    auth = {"Authorization": "Bearer sk-test"}
    with (
        FakeRealtimeServer(live_clock="wall") as server,
        connect(f"{server.ws_url}/live/sessions", additional_headers=auth) as ws,
    ):
        ws.send(json.dumps({"type": "session.start", "session": {"model": "gpt-live-1"}}))
        session_id = json.loads(ws.recv(timeout=5))["session"]["id"]
        attach = f"{server.ws_url}/live/sessions/{session_id}/attach"
        with connect(attach, additional_headers=auth) as side:
            assert json.loads(side.recv(timeout=5))["type"] == "session.started"
            burst_at = time.monotonic()
            for _ in range(60):
                ws.send(json.dumps({"type": "session.input_audio.append", "audio": SILENCE}))
            frames = 0
            while (left := burst_at + 1.0 - time.monotonic()) > 0:
                try:
                    frame = json.loads(ws.recv(timeout=left))
                except TimeoutError:
                    break
                frames += frame["type"] == "session.output_audio.delta"
            chunks = 0  # what reached the sideband by now
            while True:
                try:
                    seen = json.loads(side.recv(timeout=0))
                except TimeoutError:
                    break
                chunks += seen["type"] == "session.input_audio.append"
        assert 0 < frames * 100 <= 1500, frames
        assert chunks * 200 <= 1600, chunks  # a chunk may have come while it was read


class WallLive:
    """A wall-clock session driven in-process: each tick is 100 ms of the wall clock."""

    def __init__(self, script: Script) -> None:
        self.out: list[JSON] = []
        self.live = FakeLiveSession(script, self.out.append, lambda c, r: None, clock="wall")
        self.send(type="session.start", session={"model": "gpt-live-1"})

    def send(self, **frame: Any) -> None:
        self.live.handle_message(json.dumps(frame))

    def ticks(self, count: int) -> None:
        for _ in range(count):
            self.live.tick()

    def kinds(self) -> list[str]:
        return [frame["type"] for frame in self.out]

    def said(self) -> str:
        return "".join(
            f["delta"] for f in self.out if f["type"] == "session.output_transcript.delta"
        )


def test_commentary_is_acknowledged_once_the_model_speaks_and_said_in_its_words() -> None:
    # Recorded: sent as the session started, acknowledged after the sixth output frame at
    # start_ms 600, spoken from 3,000 ms, reworded ("Your package is scheduled to ...").
    session = WallLive(Script())
    session.send(
        type="session.commentary.append",
        delegation_id=None,
        content="Tell the user their package arrives on Friday.",
    )
    assert "session.commentary.appended" not in session.kinds()  # nothing said yet
    session.ticks(60)
    kinds = session.kinds()
    acked = kinds.index("session.commentary.appended")
    assert kinds[:acked].count("session.output_audio.delta") == 6
    appended = session.out[acked]
    assert (appended["start_ms"], appended["end_ms"]) == (600, 800)
    words = [f for f in session.out if f["type"] == "session.output_transcript.delta"]
    assert words[0]["start_ms"] == 3000
    for word in words:  # each led by its transcript delta: the audio that carries it next
        assert session.out[session.out.index(word) + 1]["type"] == "session.output_audio.delta"
    assert session.said() == "Your package arrives on Friday."


def test_a_scripted_phrasing_is_what_the_model_says() -> None:
    script = Script()
    script.next_phrasing("Good news: Friday it is.")
    session = WallLive(script)
    session.send(type="session.commentary.append", delegation_id=None, content="Friday.")
    session.ticks(60)
    assert session.said() == "Good news: Friday it is."


def test_the_model_says_it_is_on_it_while_it_delegates() -> None:
    script = Script()
    script.next_transcript("What is the weather in Paris?")
    script.next_response(function_call=("get_weather", {"city": "Paris"}))
    session = WallLive(script)
    for _ in range(12):  # sent in a burst, heard at the clock's pace
        session.send(type="session.input_audio.append", audio=TONE)
    session.ticks(12)
    assert "session.delegation.created" not in session.kinds()
    session.ticks(40)
    kinds = session.kinds()
    assert "session.delegation.created" in kinds
    assert session.said() == "Sure, I'm checking the weather now."
    first_word = kinds.index("session.output_transcript.delta")
    assert kinds.index("session.delegation.created") < first_word

"""realtime_ext/examples/voice_assistant.py runs offline with WAV files instead of devices.

The example runs in real time (it is an app: the WAV is streamed at speaking pace and the
fake speaker plays at wall-clock speed), so the barge-in point is checked for plausibility
here; its exactness is proven with an injected clock in test_barge_in.py. The WAV's user
waits to hear the answer before talking over it (event-driven), so load cannot make the
barge-in arrive before the answer plays.
"""

from __future__ import annotations

import re
import wave
from pathlib import Path

import pytest

from realtime_ext.examples import voice_assistant
from support.cutting_server import CuttingServer


def test_voice_assistant_barges_in_and_prints_the_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_wav = tmp_path / "out.wav"
    code = voice_assistant.main(
        ["--fake", "--demo-input", str(tmp_path / "in.wav"), "--output", str(out_wav)]
    )
    assert code == 0
    text = capsys.readouterr().out
    cut = re.search(r"\[barge-in: cut item_\w+ at (\d+) ms\]", text)
    assert cut is not None, text
    # The user talks over the 3 s answer once it was heard for LISTEN_MS (playback, not
    # the wall clock, decides when), so the cut is at least that, and before the end.
    assert voice_assistant.LISTEN_MS <= int(cut.group(1)) < 3000
    history = text.split("--- history ---\n", 1)[1].splitlines()
    assert history == [
        "user: [audio]",
        "assistant called get_time({})",
        history[2],
        f"assistant: [interrupted at {cut.group(1)} ms]",
        "user: [audio]",
        "assistant: Sure, I will stop.",
    ]
    assert re.fullmatch(r"tool: \d\d:\d\d", history[2])
    with wave.open(str(out_wav)) as played:
        seconds = played.getnframes() / played.getframerate()
    # What was heard: the cut answer plus the last one (600 ms), not the 3 s story.
    assert abs(seconds - (int(cut.group(1)) + 600) / 1000) < 0.1


def test_voice_assistant_asks_again_for_a_reply_a_drop_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The line drops during the first reply (the fake server cuts it after one delta); the
    # connection reconnects to a new session and the assistant asks for the reply again,
    # instead of ending on ResponseLostError.
    monkeypatch.setattr(voice_assistant, "FakeRealtimeServer", CuttingServer)
    out_wav = tmp_path / "out.wav"
    code = voice_assistant.main(
        ["--fake", "--demo-input", str(tmp_path / "in.wav"), "--output", str(out_wav)]
    )
    assert code == 0
    text = capsys.readouterr().out
    assert "[reply lost to a dropped line (close 1006): asked again]" in text
    history = text.split("--- history ---\n", 1)[1].splitlines()
    assert history[-1] == "assistant: Sure, I will stop."  # the conversation went on

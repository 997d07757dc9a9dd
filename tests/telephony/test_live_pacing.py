"""The GPT-Live bridge's pacing by marks, sans I/O: what goes to Twilio, when, and what a
yield drops (the bridge's end-to-end behaviour is in test_live_bridge.py)."""

from __future__ import annotations

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.telephony._pacer import MarkPacer, voiced

SOUND = b"\x80\x00" * 400  # 100 ms of loud G.711 mu-law
SILENT = b"\xff" * 800  # 100 ms of mu-law's zero


def test_silence_and_dither_are_not_sound_and_speech_is() -> None:
    assert not voiced(SILENT)
    # dither: the smallest steps either side of zero (mu-law segments 0 and 1)
    assert not voiced(bytes([0xFF, 0x7F, 0xFE, 0x7E, 0xEF, 0x6F]) * 100)
    assert voiced(SILENT[:-1] + b"\xa0")  # one sample of sound is sound
    assert voiced(SOUND)


def test_twilio_never_holds_more_than_ahead_ms_and_the_rest_waits() -> None:
    pacer = MarkPacer()
    for _ in range(5):
        pacer.push("x", SOUND)
    sent = [mark for _, mark in pacer.due()]
    assert sent == ["live1", "live2"] and pacer.held_ms == 200 and pacer.queued_ms == 300
    assert list(pacer.due()) == []  # no room until Twilio plays
    assert pacer.on_mark("live2")  # an echo stands for all the audio before it
    assert pacer.held_ms == 0
    assert [mark for _, mark in pacer.due()] == ["live3", "live4"]
    assert not pacer.on_mark("live2") and not pacer.on_mark("nope") and not pacer.on_mark(None)
    assert pacer.held_ms == 200


def test_a_frame_longer_than_the_window_still_goes_when_twilio_holds_nothing() -> None:
    pacer = MarkPacer(ahead_ms=50)
    pacer.push("x", SOUND)
    pacer.push("y", SOUND)
    assert [payload for payload, _ in pacer.due()] == ["x"]
    assert list(pacer.due()) == []


def test_a_yield_drops_what_is_unheard_and_late_echoes_change_nothing() -> None:
    pacer = MarkPacer()
    pacer.push("x", SOUND)
    pacer.push("y", SILENT)
    pacer.push("z", SILENT)
    assert [mark for _, mark in pacer.due()] == ["live1", "live2"]
    assert pacer.voiced_unheard
    pacer.drop()
    assert (pacer.held_ms, pacer.queued_ms, pacer.voiced_unheard) == (0, 0, False)
    assert not pacer.on_mark("live1")  # Twilio echoes the marks a clear dropped
    pacer.push("w", SILENT)
    assert [mark for _, mark in pacer.due()] == ["live3"]  # names never reused
    assert not pacer.voiced_unheard  # only silence: a new turn needs no clear


def test_the_bridge_holds_a_bounded_amount() -> None:
    pacer = MarkPacer(max_queued_ms=300)
    for _ in range(2):
        pacer.push("x", SOUND)
    list(pacer.due())
    for _ in range(3):
        assert not pacer.full
        pacer.push("x", SOUND)
    assert pacer.full and pacer.queued_ms == 300


@pytest.mark.parametrize("bad", [0, -1, True, "200", None])
def test_bad_windows_are_refused(bad: object) -> None:
    with pytest.raises(InvalidArgumentError, match="ahead_ms"):
        MarkPacer(ahead_ms=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="max_queued_ms"):
        MarkPacer(max_queued_ms=bad)  # type: ignore[arg-type]

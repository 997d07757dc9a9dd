"""Audio given as text must be base64 (issue 77 item 7): GPT-Live's
``session.input_audio.append`` sent a non-base64 ``audio`` string to the wire; it, and the
Realtime and translation appends given a string, now refuse it with
:class:`InvalidArgumentError` before anything is sent. The check agrees with Python's strict
base64 decoder on any text."""

from __future__ import annotations

import base64
import binascii
import os
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realtime_ext import InvalidArgumentError
from realtime_ext.events import LiveSends, RealtimeSends, TranslationSends

FRAME = base64.b64encode(os.urandom(4800)).decode()  # 100 ms of 24 kHz PCM16
NOT_BASE64 = ["not base64!", "AAA", "A===", "AA=A", "AAAA\n", "AA AA", "ÀÀÀÀ", "AAAA====", "-_-_"]


def _strict(text: str) -> bool:
    """RFC 4648 base64: what the strict decoder reads, padded to a multiple of four with at
    most two ``=`` (Python 3.11's strict mode also reads ``AAAA=``: excess padding)."""
    try:
        binascii.a2b_base64(text, strict_mode=True)
    except ValueError:
        return False
    return len(text) % 4 == 0 and text.count("=") <= 2


@pytest.mark.parametrize("audio", NOT_BASE64)
def test_live_append_refuses_text_that_is_not_base64_before_the_wire(audio: str) -> None:
    sent: list[dict[str, Any]] = []
    with pytest.raises(
        InvalidArgumentError, match=r"session.input_audio.append: audio must be"
    ) as refused:
        LiveSends(sent.append).session.input_audio.append(audio=audio)
    assert sent == []
    assert audio not in str(refused.value)  # the value is never echoed (audio, and long)


@pytest.mark.parametrize("audio", NOT_BASE64)
def test_realtime_and_translation_appends_refuse_it_too(audio: str) -> None:
    sent: list[dict[str, Any]] = []
    with pytest.raises(InvalidArgumentError, match="audio must be base64 text"):
        RealtimeSends(sent.append).input_audio_buffer.append(audio=audio)
    with pytest.raises(InvalidArgumentError, match="audio must be base64 text"):
        TranslationSends(sent.append).session.input_audio_buffer.append(audio=audio)
    assert sent == []


def test_base64_audio_goes_out_as_it_is() -> None:
    sent: list[dict[str, Any]] = []
    LiveSends(sent.append).session.input_audio.append(audio=FRAME)
    RealtimeSends(sent.append).input_audio_buffer.append(audio="AQI=")
    LiveSends(sent.append).session.input_audio.append(audio="")  # nothing is valid base64
    assert [event["audio"] for event in sent] == [FRAME, "AQI=", ""]


@given(st.text(alphabet=st.sampled_from("AZaz09+/=-_ \n\té"), max_size=24))
def test_is_base64_agrees_with_the_strict_decoder(text: str) -> None:
    from realtime_ext.events._sends import is_base64

    assert is_base64(text) is _strict(text)


@given(st.binary(max_size=64))
def test_every_encoding_is_base64(data: bytes) -> None:
    from realtime_ext.events._sends import is_base64

    assert is_base64(base64.b64encode(data).decode())

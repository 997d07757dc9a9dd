"""The OpenAI Realtime server's own SDP answer, as the spec documents it.

The example answer of POST /realtime/calls is read from the pinned spec at test time (the
spec is never copied into this repository). It is the one server answer in the tests that
comes from the Realtime API itself.
"""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext import sdp


@pytest.fixture(scope="module")
def openai_answer(upstream_subset: dict[str, Any]) -> str:
    # The pinned spec as the other spec tests read it (parsed once per run, not per file).
    doc = upstream_subset
    example = doc["paths"]["/realtime/calls"]["post"]["x-oaiMeta"]["examples"]["response"]
    assert example.startswith("v=0")
    return str(example)


def test_openai_answer_validates_and_round_trips(openai_answer: str) -> None:
    desc = sdp._validate.validate_answer(openai_answer)
    # The spec stores it with LF line endings; the parser normalises to CRLF and says so.
    assert desc.normalised
    assert sdp.serialise(desc) == openai_answer.replace("\n", "\r\n") + "\r\n"
    assert sdp._inspect.setup_role(desc) == "active"
    assert [c.name.lower() for c in sdp._inspect.audio_codecs(desc)][:1] == ["opus"]
    assert sdp._inspect.has_data_channel(desc)
    types = {c.type for c in sdp._inspect.candidates(desc)}
    assert types == {"host"}


def test_openai_answer_is_not_an_offer(openai_answer: str) -> None:
    with pytest.raises(sdp.SDPError, match=r"(?i)setup|answer"):
        sdp.validate_offer(openai_answer)

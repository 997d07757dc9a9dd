"""Fuzzed input never crashes anything: typed sends raise only ``InvalidEventError`` and send
nothing, audio framing raises only ``InvalidArgumentError``, and the fake server answers any
client event with events or one ``error`` (never an exception)."""

from __future__ import annotations

import base64
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext import InvalidArgumentError
from realtime_ext.events import InvalidEventError, TranslationSends, parse_translation_server_event
from realtime_ext.testing._script import Script
from realtime_ext.testing._translation import TranslationSession, translation_session
from realtime_ext.translation import frames
from support.fuzz import examples

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
KEYS = st.sampled_from(
    ["audio", "input", "output", "language", "transcription", "noise_reduction", "model",
     "type", "near_field", "x"]
)  # fmt: skip
SESSIONS = st.recursive(
    JSON_VALUES, lambda inner: st.dictionaries(KEYS, inner, max_size=3), max_leaves=10
)


@settings(max_examples=examples(300), deadline=None)
@given(session=SESSIONS, event_id=st.none() | st.text(max_size=4) | st.integers())
def test_session_update_validates_or_refuses_cleanly(session: Any, event_id: Any) -> None:
    sent: list[dict[str, Any]] = []
    try:
        TranslationSends(sent.append).session.update(session=session, event_id=event_id)
    except InvalidEventError:
        assert sent == []
        return
    assert sent[0]["type"] == "session.update"
    json.dumps(sent[0])  # what is sent is JSON


@settings(max_examples=examples(200), deadline=None)
@given(audio=st.binary(max_size=64) | st.text(max_size=16) | st.integers() | st.none())
def test_append_takes_bytes_or_base64_text_only(audio: Any) -> None:
    sent: list[dict[str, Any]] = []
    try:
        TranslationSends(sent.append).session.input_audio_buffer.append(audio=audio)
    except InvalidEventError:
        assert sent == []
        return
    assert isinstance(sent[0]["audio"], str)


@settings(max_examples=examples(200), deadline=None)
@given(
    source=st.binary(max_size=30_000)
    | st.lists(st.binary(max_size=5000) | st.text(max_size=3) | st.integers(), max_size=6)
    | st.integers()
    | st.text(max_size=10)
)
def test_frames_split_or_refuse(source: Any) -> None:
    try:
        out = list(frames(source if not isinstance(source, list) else iter(source)))
    except InvalidArgumentError:
        return
    assert all(0 < len(f) <= 9600 and len(f) % 2 == 0 for f in out)
    assert all(len(f) == 9600 for f in out[:-1])


CLIENT_TYPES = st.sampled_from(
    ["session.update", "session.input_audio_buffer.append", "session.close", "response.create"]
)


@settings(max_examples=examples(300), deadline=None)
@given(
    events=st.lists(
        st.fixed_dictionaries(
            {"type": CLIENT_TYPES},
            optional={
                "session": SESSIONS,
                "audio": st.binary(max_size=20_000).map(lambda b: base64.b64encode(b).decode())
                | JSON_VALUES,
                "event_id": JSON_VALUES,
            },
        ),
        max_size=5,
    )
)
def test_fake_server_answers_anything_in_the_api_shapes(events: list[dict[str, Any]]) -> None:
    out: list[dict[str, Any]] = []
    session = TranslationSession(translation_session(), Script(), out.append, lambda c, r: None)
    session.start()
    for payload in events:
        session.dispatch(payload)
    for message in out:
        decoded = parse_translation_server_event(json.dumps(message))
        assert decoded.type != "unknown", message  # every answer is a known, valid event

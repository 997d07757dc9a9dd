"""Hostile server messages decode to an event or raise EventDecodeError, nothing else
(issue 23, finding 8: a frame nested 100,000 deep raised RecursionError from recv())."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from realtime_ext.events import EventDecodeError, parse_client_event, parse_server_event
from support.fuzz import examples

HUGE = "9" * 5000
MESSAGES = [
    "[" * 100_000,
    '{"type":"x","a":' + "[" * 100_000 + "]" * 100_000 + "}",
    '{"a":' * 100_000 + "1" + "}" * 100_000,
    '{"type": "error", "error": ' + "[" * 5000 + "]" * 5000 + "}",
    '{"type": "response.done", "response": {"usage": {"total_tokens": ' + HUGE + "}}}",
    '{"type": ' + HUGE + "}",
    " ",
    "\t\n",
    "",
    '{"type": "   "}',
    '{"type": "session.created", "event_id": ' + "1" * 25 + "}",
]


@pytest.mark.parametrize("message", MESSAGES, ids=range(len(MESSAGES)))
@pytest.mark.parametrize("decode", [parse_server_event, parse_client_event])
def test_hostile_messages_decode_or_raise_event_decode_error(decode: object, message: str) -> None:
    for raw in (message, message.encode()):
        with contextlib.suppress(EventDecodeError):
            decode(raw)  # type: ignore[operator]


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    depth=st.integers(0, 200_000),
    opener=st.sampled_from(["[", '{"a":', '{"type":"response.done","response":']),
    tail=st.sampled_from(["", "1", HUGE, " "]),
)
def test_nesting_and_numbers_never_escape(depth: int, opener: str, tail: str) -> None:
    closer = "]" if opener == "[" else "}"
    message = opener * depth + tail + closer * depth
    with contextlib.suppress(EventDecodeError):
        parse_server_event(message)


_ENCODED = [
    '{"type": "input_audio_buffer.cleared", "event_id": "é 🎙"}'.encode(),
    b'\xef\xbb\xbf{"type": "input_audio_buffer.cleared", "event_id": "e"}',  # UTF-8 BOM
    '{"type": "input_audio_buffer.cleared", "event_id": "e"}'.encode("utf-16"),  # BOM
    '{"type": "input_audio_buffer.cleared", "event_id": "e"}'.encode("utf-32-le"),  # no BOM
    b'{"type": "input_audio_buffer.cleared", "event_id": "\xff"}',  # not UTF-8
    b'{"type": "input_audio_buffer.cleared", "event_id": "\xed\xa0\x80"}',  # a lone surrogate
    b'{"type": "x", "a": [}',
    b"\xff\xfe",
    b"",
]


@pytest.mark.parametrize("message", _ENCODED)
def test_bytes_decode_exactly_as_json_loads_of_the_bytes(message: bytes) -> None:
    # The decoder tries a strict UTF-8 decode first (faster); every message must still get
    # what json.loads(bytes) gives it: the same event, or the same error.
    try:
        expected: object = json.loads(message)
    except ValueError as exc:
        with pytest.raises(EventDecodeError) as raised:
            parse_server_event(message)
        assert str(exc) in str(raised.value)
        return
    event = parse_server_event(message)
    assert event.to_dict() == expected

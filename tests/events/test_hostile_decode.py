"""Hostile server messages decode to an event or raise EventDecodeError, nothing else
(issue 23, finding 8: a frame nested 100,000 deep raised RecursionError from recv())."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from realtime_ext.events import EventDecodeError, parse_client_event, parse_server_event

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


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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

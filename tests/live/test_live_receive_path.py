"""The GPT-Live receive path's shortcuts keep every behaviour: flat frames the carry only
counts get no JSON object built (so the carry must never read one), a frame with fields the
spec lacks still reaches the extensions' tables (the history reads its words there), and
``session.started``/``session.closed`` are kept as received and typed when first read."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, NoReturn

from realtime_ext import Extension, RealtimeClient
from realtime_ext._base.unconfirmed import CONFIRMING
from realtime_ext._live.carry import LiveCarry
from realtime_generated.models import LiveOutputTranscriptDeltaEvent
from tests.support.live_replay import PRIMARY, Recording, recording, serving

KEY = "sk-live-secret-0123456789"
START = recording(PRIMARY).sent[0]
STARTED = recording(PRIMARY).received[0]
CLOSED = recording(PRIMARY).received[-1]


class _Unreadable(Mapping[str, Any]):
    """A JSON object that fails any read: what a counted kind's ``received`` must not do."""

    def __getitem__(self, key: str) -> NoReturn:
        raise AssertionError(f"read {key!r}")

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("iterated")

    def __len__(self) -> int:
        raise AssertionError("measured")


def test_the_carry_reads_no_field_of_the_kinds_it_declares_counted() -> None:
    carry = LiveCarry(sessions_url="wss://example.invalid/v1/live/sessions")
    assert LiveCarry.counted <= LiveCarry.watched
    assert not LiveCarry.counted & CONFIRMING  # the core reads those kinds' fields
    for kind in LiveCarry.counted:
        carry.received(kind, _Unreadable())
    # What the core calls instead, without the step lock: only for counted kinds, and it
    # reads neither the event nor its object.
    counters = carry.counters()
    assert set(counters) == LiveCarry.counted
    for count in counters.values():
        count(_Unreadable(), _Unreadable())
    # and what it does read still gets its fields (the control: _Unreadable does fail)
    try:
        carry.received("session.commentary.appended", _Unreadable())
    except AssertionError:
        pass
    else:
        raise AssertionError("the commentary's acknowledgement is read: not counted")


class _Words(Extension):
    """Reads the transcript deltas as a history does: through its notes table."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def notes(self) -> dict[str, Callable[[Any], None] | None]:
        return {"session.output_transcript.delta": self._said}

    def _said(self, data: Mapping[str, str] | LiveOutputTranscriptDeltaEvent) -> None:
        # the JSON object, or the flat event itself (decoded straight from the wire bytes)
        self.said.append(data["delta"] if isinstance(data, Mapping) else data.delta)


def test_frames_with_new_fields_reach_the_extensions_and_the_session_is_typed_on_read() -> None:
    new_started = {**STARTED, "brand_new": 1, "session": {**STARTED["session"], "tier": "x"}}
    said = {
        "type": "session.output_transcript.delta",
        "delta": "Your package arrives Friday.",
        "start_ms": 100,
        "end_ms": 900,
        "event_id": "event_1",
        "brand_new_field": {"nested": True},  # the flat decoder refuses it: the dict way
    }
    flat = {"type": "session.output_transcript.delta", "delta": " Bye.", "start_ms": 900}
    audio = {"type": "session.output_audio.delta", "delta": "AAAA", "brand_new": 2}
    frames = Recording(
        "scripted",
        [
            ("sent", START),
            ("received", new_started),
            ("received", said),
            ("received", audio),
            ("received", flat),
            ("sent", {"type": "session.close"}),
            ("received", CLOSED),
        ],
    )
    words = _Words()
    with serving(frames) as server, RealtimeClient(api_key=KEY, base_url=server.url) as client:
        with client.live.connect(**START["session"]) as conn:
            conn.add_extension(words)
            started = conn.started
            assert started is not None and started is conn.started  # decoded once, kept
            assert started.to_dict() == new_started
            assert conn.session_id == STARTED["session"]["id"] and conn.closed is None
            received = [conn.recv(timeout=10).to_dict() for _ in range(3)]
            ended = conn.close()
        assert ended is not None and ended is conn.closed and ended.reason == CLOSED["reason"]
    assert server.mismatch == []
    assert received == [said, audio, flat]
    assert words.said == ["Your package arrives Friday.", " Bye."]

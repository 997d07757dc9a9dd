"""Recorded REST interactions, replayed: the client's whole REST flow without any server.

The cassette in tests/cassettes/ was recorded against the local fake Realtime server with
``REALTIME_EXT_RECORD=1`` (which starts the server for the recording) through the
scrubbing VCR of tests/support/cassettes.py; playback needs no server at all. The secret
scan of tests/kit fails if any committed cassette holds a key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from realtime_ext import RealtimeClient, sdp
from realtime_ext.session import realtime_session
from realtime_ext.testing import FakeRealtimeServer
from support.cassettes import CASSETTE_DIR, make_vcr, record_mode_from_env

from ._helpers import OFFER

CASSETTE = "rest_flow.yaml"
KEY = "sk-test-cassette-Z9y8X7"


@contextmanager
def _base_url() -> Iterator[str]:
    if record_mode_from_env() == "none":
        # Playback: nothing listens here; vcrpy answers before any connection is made.
        yield "http://127.0.0.1:9/v1"
        return
    with FakeRealtimeServer() as server:
        yield server.base_url


def test_rest_flow_replays_from_the_committed_cassette() -> None:
    with (
        _base_url() as base_url,
        make_vcr().use_cassette(CASSETTE) as cassette,
        RealtimeClient(api_key=KEY, base_url=base_url, max_retries=0) as client,
    ):
        secret = client.client_secrets.create(session=realtime_session(voice="marin"))
        answer = client.calls.create(sdp=OFFER)
        hung_up = client.calls.hangup(answer.call_id)
    playback = record_mode_from_env() == "none"
    if playback:
        assert secret.value == "ek_REDACTED"  # the recorded ek_ value was scrubbed
        assert cassette.play_count == 3
    assert secret.expires_at is not None and secret.expires_at.tzinfo is not None
    assert answer.call_id.startswith("rtc_")
    sdp._validate.validate_answer(answer.sdp)
    assert hung_up.status_code == 200
    text = (CASSETTE_DIR / CASSETTE).read_text()
    assert KEY not in text and "Bearer <redacted>" in text

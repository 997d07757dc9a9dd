"""A connection's life against a real ``serve-fake`` process (issue 77, items 5 and 7): a
``close(timeout=)`` that returns by its bound against a frozen server, what a close or a
quiet end leaves unsent reported, every move to a new session through the reconnect's
backoff and ``max_retries``, and a dropped Realtime session carried into the next one.

Bounds are real seconds that fail a test instead of hanging it (``Both.start(...).result``),
never slept and never compared with a measured duration.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import APITimeoutError, AsyncRealtimeClient, RealtimeClient
from support.both import FLAVOURS, Both, running
from support.served_fake import ServedFake

KEY = "sk-lifecycle-0123456789abcdef"
T = 10.0
SILENCE = b"\x00\x00" * 2400  # 100 ms of PCM16 at 24 kHz


@pytest.fixture(params=FLAVOURS)
def both(request: pytest.FixtureRequest) -> Iterator[Both]:
    yield from running(Both(request.param))


def client_for(both: Both, served: ServedFake) -> Any:
    kind = AsyncRealtimeClient if both.is_async else RealtimeClient
    return kind(api_key=KEY, base_url=served.base_url)


def test_close_returns_by_its_timeout_against_a_frozen_server(
    served: ServedFake, both: Both
) -> None:
    """The server freezes (SIGSTOP) mid-session: ``close(timeout=0.5)`` waits for a
    ``session.closed`` that never comes, then for a closing handshake the server never
    answers. It raises ``APITimeoutError`` and leaves the socket closed within its bound; the
    socket's own ``close_timeout`` (10 s by default) no longer adds to it. The 5 s bound only
    fails the test when it does."""
    served.start()
    client = client_for(both, served)
    conn = both(client.live.connect(model="gpt-live-1", max_retries=0))
    both(conn.send_audio(SILENCE * 3))
    both(conn.run_until("session.output_audio.delta", timeout=T))
    served.stop()
    try:
        with pytest.raises(APITimeoutError):
            both.start(lambda: conn.close(timeout=0.5)).result(5.0)
        assert conn.close_code is not None  # the socket is closed (dropped) either way
    finally:
        served.cont()
        both(client.close())

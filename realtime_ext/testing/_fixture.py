"""What the ``realtime_cassette`` fixture gives a test: its own module, without pytest, so
``realtime_ext.testing`` exports it for annotations (``def test_x(realtime_cassette:
RealtimeCassette)``) and apps import it without loading the plugin."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ._clock import ManualClock
from ._server import FakeRealtimeServer, RecordMode


@dataclass
class RealtimeCassette:
    """What the ``realtime_cassette`` fixture gives a test.

    >>> def test_weather(realtime_cassette: RealtimeCassette) -> None:
    ...     assert realtime_cassette.cassette_mismatches == []
    """

    server: FakeRealtimeServer
    path: Path
    record_mode: RecordMode
    api_key: str
    """The key to use: the real one (``OPENAI_API_KEY``) when recording, a dummy on replay."""
    clock: ManualClock = field(default_factory=lambda: ManualClock(advance_on_sleep=True))
    """The test's time, the same when recording and when replaying: pass it as ``clock=``
    (``RealtimeClient(clock=...)``, ``connect(clock=...)``, ``FakeSpeaker(clock=...)``) and
    what the SDK derives from time (barge-in's ``audio_end_ms``, retry backoffs) replays
    as recorded. It moves when the test calls ``advance()``, and by each wait the SDK makes
    (``advance_on_sleep``: a retry never hangs on it)."""

    @property
    def base_url(self) -> str:
        """REST base URL (``base_url=`` of openai.OpenAI / RealtimeClient)."""
        return self.server.base_url

    @property
    def ws_url(self) -> str:
        """WebSocket base URL."""
        return self.server.ws_url

    @property
    def recording(self) -> bool:
        """Whether this test records (proxies to the upstream) rather than only replays."""
        return self.server.recording

    @property
    def cassette_mismatches(self) -> list[str]:
        """How the client differed from the recording so far (the server's attribute too)."""
        return self.server.cassette_mismatches

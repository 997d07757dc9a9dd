"""Translation sessions record to a cassette through the fake server's proxy and replay
offline with the same events (the cassette machinery is per path, not per protocol)."""

from __future__ import annotations

from pathlib import Path

from realtime_ext import RealtimeClient
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.translation import TranslationTranscript

ES = {"audio": {"output": {"language": "es"}}}


def session_through(base_url: str) -> tuple[str, list[str]]:
    with (
        RealtimeClient(api_key="sk-test", base_url=base_url) as client,
        client.translations.connect(session=ES) as conn,
    ):
        transcript = conn.add_extension(TranslationTranscript())
        conn.send_audio(sine_pcm16(400))
        rest = conn.close()
    return transcript.target, [event.type for event in rest]


def test_record_then_replay_a_translation_session(tmp_path: Path) -> None:
    cassette = tmp_path / "translation.jsonl"
    with (
        FakeRealtimeServer() as upstream,
        FakeRealtimeServer(
            cassette=cassette, record_mode="once", upstream=upstream.base_url
        ) as rec,
    ):
        recorded = session_through(rec.base_url)
    assert recorded[0] == "Hola cómo" and recorded[1][-1] == "session.closed"
    assert "sk-test" not in cassette.read_text(encoding="utf-8")
    with FakeRealtimeServer(cassette=cassette) as replay:
        assert session_through(replay.base_url) == recorded
        assert replay.cassette_mismatches == []

"""What the integration tests send: a real browser offer and realistic session dicts."""

from __future__ import annotations

from pathlib import Path

from realtime_ext.session import realtime_session, transcription_session

OFFER = (Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp").read_text()
API_KEY = "sk-test-integration-abc123"
REALTIME = realtime_session(model="gpt-realtime", instructions="Be brief.")
TRANSCRIPTION = transcription_session()
TRANSLATION = {"model": "gpt-realtime-translate"}

"""The README's session example, kept runnable."""

from __future__ import annotations

import json


def test_readme_snippet() -> None:
    # --- README snippet start ---
    from realtime_ext.session import realtime_session, semantic_vad, transcription
    from realtime_ext.tools import function_tool

    @function_tool
    def get_weather(city: str) -> str:
        """Current weather for a city.

        Args:
            city: City name, e.g. "Paris".
        """
        return f"Sunny in {city}"

    session = realtime_session(
        model="gpt-realtime",
        instructions="You are a helpful assistant.",
        voice="marin",
        transcription=transcription("gpt-4o-transcribe", language="en"),
        turn_detection=semantic_vad(eagerness="auto"),
        tools=[get_weather],
    )
    # client_secrets.create(session=session), calls.accept(call_id, session=session),
    # or {"type": "session.update", "session": session} on a WebSocket.
    # --- README snippet end ---

    assert isinstance(session, dict)
    assert json.loads(json.dumps(session)) == session
    assert session["audio"]["input"] == {
        "transcription": {"model": "gpt-4o-transcribe", "language": "en"},
        "turn_detection": {"type": "semantic_vad", "eagerness": "auto"},
    }
    assert session["audio"]["output"] == {"voice": "marin"}
    assert session["tools"][0]["parameters"]["required"] == ["city"]
    assert get_weather("Oslo") == "Sunny in Oslo"

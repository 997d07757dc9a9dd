"""The official openai package's translation connection works against the fake server (its
models decode every event the fake sends), and realtime_ext keeps openai's names."""

from __future__ import annotations

import base64

import openai

from realtime_ext import RealtimeClient
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16

ES = {"audio": {"output": {"language": "es"}}}


def test_openai_translations_connect_against_the_fake(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    kinds: list[str] = []
    with client.realtime.translations.connect(model="gpt-realtime-translate") as conn:
        conn.session.update(session=ES)
        conn.session.input_audio_buffer.append(audio=base64.b64encode(sine_pcm16(200)).decode())
        conn.session.close()
        for event in conn:
            kinds.append(type(event).__name__)
            if event.type == "session.closed":
                break
    assert kinds == [
        "RealtimeTranslationSessionCreatedEvent",
        "RealtimeTranslationSessionUpdatedEvent",
        "RealtimeTranslationOutputTranscriptDeltaEvent",
        "RealtimeTranslationOutputAudioDeltaEvent",
        "RealtimeTranslationSessionClosedEvent",
    ]


def test_same_names_and_wire_as_openai(server: FakeRealtimeServer) -> None:
    """The same calls through realtime_ext put the same messages on the wire."""
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.translations.connect(model="gpt-realtime-translate") as conn,
    ):
        conn.session.update(session=ES)
        conn.session.input_audio_buffer.append(audio=base64.b64encode(sine_pcm16(200)).decode())
        conn.session.close()
        conn.dispatch_events()  # openai's name: until the server closes
    openai_client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    with openai_client.realtime.translations.connect(model="gpt-realtime-translate") as other:
        other.session.update(session=ES)
        other.session.input_audio_buffer.append(audio=base64.b64encode(sine_pcm16(200)).decode())
        other.session.close()
        for event in other:
            if event.type == "session.closed":
                break
    ours, theirs = server.received[0], server.received[1]
    assert ours == theirs
    assert server.connections[0].path == server.connections[1].path
    assert server.connections[0].query == server.connections[1].query

"""A small voice app written against the unmodified ``openai`` package, used to record a
session through the recording proxy and replay it from the cassette."""

from __future__ import annotations

import base64
import warnings
from typing import Any

import openai

from realtime_ext.testing._audio import sine_pcm16

# The only secrets in the recorded traffic: each must never reach the cassette.
REAL_KEY = "sk-proj-RealKeyThatMustNeverBeWritten0123456789"
WEBHOOK_SECRET = "whsec_bXVzdC1uZXZlci1iZS13cml0dGVuLXRvLWRpc2s="


def run_app(
    base_url: str, api_key: str, *, turns: int = 5, voice: bool = True, words: str = "hello"
) -> list[dict[str, Any]]:
    """Mint a client secret, then hold a ``turns``-turn session with it; returns every
    server event (as dicts) plus the secret response, in order."""
    client = openai.OpenAI(api_key=api_key, base_url=base_url)
    secret = client.realtime.client_secrets.create(
        session={
            "type": "realtime",
            # A secret pasted into instructions by mistake is scrubbed too.
            "instructions": f"Be brief. Debug token {WEBHOOK_SECRET}",
            "output_modalities": ["audio"] if voice else ["text"],
            "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe"}}},
        }
    )
    seen: list[dict[str, Any]] = [{"type": "client_secret", "session": secret.session.to_dict()}]
    browser = openai.OpenAI(api_key=secret.value, base_url=base_url)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with browser.realtime.connect(model="gpt-realtime") as conn:
            for turn in range(turns):
                if voice:
                    pcm = sine_pcm16(1000, frequency=200.0 + 40 * turn)
                    conn.input_audio_buffer.append(audio=base64.b64encode(pcm).decode())
                    conn.input_audio_buffer.commit()
                else:
                    conn.conversation.item.create(
                        item={
                            "type": "message",
                            "role": "user",
                            "content": [{"type": "input_text", "text": f"{words} {turn}"}],
                        }
                    )
                conn.response.create()
                for event in conn:
                    seen.append(event.model_dump(mode="json", exclude_unset=True))
                    if event.type == "response.done":  # the last event of a response
                        break
    return seen


def shape(events: list[dict[str, Any]]) -> list[Any]:
    """What must be equal between the recording and the replay: types, texts, audio."""
    out: list[Any] = []
    for event in events:
        kind = event["type"]
        detail = event.get("delta") or event.get("transcript") or event.get("text")
        out.append((kind, detail))
    return out

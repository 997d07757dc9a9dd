"""Server events as the API sends them, for feeding the sans-I/O voice classes."""

from __future__ import annotations

import base64
from typing import Any

JSON = dict[str, Any]


def audio_delta(
    item_id: str, ms: float, *, index: int = 0, rate: int = 24000, width: int = 2
) -> JSON:
    data = bytes(int(ms * rate / 1000) * width)
    return {
        "type": "response.output_audio.delta",
        "response_id": "resp_1",
        "item_id": item_id,
        "output_index": 0,
        "content_index": index,
        "delta": base64.b64encode(data).decode(),
    }


def audio_done(item_id: str, index: int = 0) -> JSON:
    return {"type": "response.output_audio.done", "item_id": item_id, "content_index": index}


def response_created(rid: str = "resp_1") -> JSON:
    return {"type": "response.created", "response": {"id": rid, "status": "in_progress"}}


def response_done(rid: str = "resp_1", status: str = "completed", output: Any = ()) -> JSON:
    return {
        "type": "response.done",
        "response": {"id": rid, "status": status, "output": list(output)},
    }


SPEECH_STARTED: JSON = {
    "type": "input_audio_buffer.speech_started",
    "audio_start_ms": 0,
    "item_id": "item_user",
}


def session(fmt: str = "audio/pcm", interrupt_response: bool | None = True) -> JSON:
    turn = (
        None
        if interrupt_response is None
        else {
            "type": "server_vad",
            "interrupt_response": interrupt_response,
        }
    )
    return {
        "type": "session.created",
        "session": {
            "id": "sess_1",
            "type": "realtime",
            "audio": {
                "input": {"format": {"type": "audio/pcm", "rate": 24000}, "turn_detection": turn},
                "output": {"format": {"type": fmt}},
            },
        },
    }

"""WebRTC calls from Python (``pip install 'realtime-ext[webrtc]'``, built on aiortc).

``client.webrtc.connect(...)`` makes the offer, sends it through ``client.calls.create``,
applies the answer and opens the ``oai-events`` data channel. The call object is the same
conversation API as the WebSocket connection (typed sends and events, handlers, errors that
raise, the tool loop), plus RTP audio both ways::

    async with AsyncRealtimeClient() as client:
        async with client.webrtc.connect(model="gpt-realtime", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            await call.response.create()
            await call.run_until("output_audio_buffer.stopped")
            recorder.save("answer.wav")

Importing this package does not need aiortc; making a call does
(:class:`WebRTCUnavailableError` says so).

The blocking client has the same calls (``RealtimeClient().webrtc.connect(...)``,
:class:`RealtimeCall`): aiortc runs only under asyncio, so each blocking call keeps its
peer on a private event loop thread (see :mod:`realtime_ext.webrtc._peer_sync`)::

    with RealtimeClient() as client, client.webrtc.connect(model="gpt-realtime") as call:
        call.response.create(response={"output_modalities": ["text"]})
        done = call.run_until("response.done", timeout=30)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._deps import WebRTCUnavailableError

if TYPE_CHECKING:
    from ._async import AsyncRealtimeCall as AsyncRealtimeCall
    from ._sync import RealtimeCall as RealtimeCall

# The call classes load on first use: they bring the conversation core, voice and telemetry,
# which the fake server (realtime_ext.testing, one process per `serve-fake`) and the loopback
# ICE patch never use, though they import this package's _deps and _ice modules.
_LAZY: dict[str, str] = {
    "AsyncRealtimeCall": "._async",
    "RealtimeCall": "._sync",
}

__all__ = [
    "AsyncRealtimeCall",
    "RealtimeCall",
    "WebRTCUnavailableError",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

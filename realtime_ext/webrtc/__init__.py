"""WebRTC calls from Python (``pip install 'realtime-ext[webrtc]'``, built on aiortc).

``AsyncWebRTC(client).connect(...)`` makes the offer, sends it through ``client.calls.create``,
applies the answer and opens the ``oai-events`` data channel. The call object is the same
conversation API as the WebSocket connection (typed sends and events, handlers, errors that
raise, the tool loop), plus RTP audio both ways::

    async with AsyncRealtimeClient() as client:
        webrtc = AsyncWebRTC(client)
        async with webrtc.connect(model="gpt-realtime", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            await call.response.create()
            await call.run_until("output_audio_buffer.stopped")
            recorder.save("answer.wav")

Importing this package does not need aiortc; making a call does
(:class:`WebRTCUnavailableError` says so, with ``INSTALL_HINT``): :func:`aiortc_available`
imports it to say whether it can, :func:`aiortc_installed` only looks for it (cheap, for a
status line). :func:`track_pcm` decodes a received aiortc audio track to PCM16 chunks, as a
call's ``audio_out`` does (a peer of your own, or a test's, hears the call the same way).

A GPT-Live call is ``AsyncWebRTC(client).connect_live(model="gpt-live-1", ...)``
(:class:`AsyncLiveCall`, :class:`LiveCall`): the offer goes through ``client.live.create``,
the data channel carries GPT-Live events, and a sideband joins with
``client.live.sideband.connect(session_id=call.session_id)``.

``AsyncWebRTC(client).connect_translation(...)`` makes a translation call the same way
(:class:`AsyncTranslationCall` / :class:`TranslationCall`: a translation connection over
``oai-events``, translated speech as ``call.audio_out``).

ICE on loopback: aioice never gathers on 127.0.0.1, so a call to a server on this machine
(``loopback=True``, or a base URL on this machine) makes its offer inside the scope
:func:`set_loopback_ice` installed (:func:`realtime_ext.testing.use_loopback_ice` installs the
test doubles' one); with none installed, such a call gathers as any other.

The blocking client has the same calls (``WebRTC(RealtimeClient()).connect(...)``,
:class:`RealtimeCall`): aiortc runs only under asyncio, so each blocking call keeps its
peer on a private event loop thread (see :mod:`realtime_ext.webrtc._peer_sync`)::

    with RealtimeClient() as client, WebRTC(client).connect(model="gpt-realtime") as call:
        call.response.create(response={"output_modalities": ["text"]})
        done = call.run_until("response.done", timeout=30)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._deps import INSTALL_HINT, WebRTCUnavailableError, aiortc_available, aiortc_installed
from ._ice import LoopbackScope, set_loopback_ice

if TYPE_CHECKING:
    from ._async import AsyncRealtimeCall as AsyncRealtimeCall
    from ._async import AsyncWebRTC as AsyncWebRTC
    from ._audio import track_pcm as track_pcm
    from ._live_async import AsyncLiveCall as AsyncLiveCall
    from ._live_sync import LiveCall as LiveCall
    from ._sync import RealtimeCall as RealtimeCall
    from ._sync import WebRTC as WebRTC
    from ._translation_async import AsyncTranslationCall as AsyncTranslationCall
    from ._translation_sync import TranslationCall as TranslationCall

# The call classes load on first use: they bring the conversation core, voice and telemetry,
# which the fake server (realtime_ext.testing, one process per `serve-fake`) and the loopback
# ICE patch never use, though they import this package's _deps and _ice modules.
_LAZY: dict[str, str] = {
    "AsyncLiveCall": "._live_async",
    "AsyncRealtimeCall": "._async",
    "AsyncTranslationCall": "._translation_async",
    "AsyncWebRTC": "._async",
    "LiveCall": "._live_sync",
    "track_pcm": "._audio",
    "RealtimeCall": "._sync",
    "TranslationCall": "._translation_sync",
    "WebRTC": "._sync",
}

__all__ = [
    "INSTALL_HINT",
    "AsyncLiveCall",
    "AsyncRealtimeCall",
    "AsyncTranslationCall",
    "AsyncWebRTC",
    "LiveCall",
    "LoopbackScope",
    "RealtimeCall",
    "TranslationCall",
    "WebRTC",
    "WebRTCUnavailableError",
    "aiortc_available",
    "aiortc_installed",
    "set_loopback_ice",
    "track_pcm",
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

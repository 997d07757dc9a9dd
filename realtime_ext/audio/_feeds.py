"""The extensions that feed a speaker or a microphone from a conversation.

Loaded by their ``attach(conn)``, not with the audio package: the fake server and the
formats every connection reads never load the conversation core this way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from realtime_ext.conversation import Extension

if TYPE_CHECKING:
    from realtime_ext import ResponseLostEvent


# What a feed calls (the speakers and the microphone have it; protocols, so this module,
# which they import, imports neither).
class _Listening(Protocol):
    def received(self, event: Any) -> None: ...


class _Playing(_Listening, Protocol):
    def sent(self, payload: dict[str, Any]) -> None: ...

    def response_lost(self, lost: Any) -> None: ...


class SpeakerFeed(Extension):
    """Hands a speaker the audio received, the truncations and cancels sent, and the
    responses a reconnect lost.

    Example::

        conn.add_extension(SpeakerFeed(speaker))  # what speaker.attach(conn) does
    """

    __slots__ = ("speaker",)

    def __init__(self, speaker: _Playing) -> None:
        self.speaker = speaker

    def received(self, event: Any) -> None:
        """Each event received: the speaker takes the audio and the session's format."""
        self.speaker.received(event)

    def sent(self, payload: dict[str, Any]) -> None:
        """Each event sent: a truncation or a cancel stops what is playing."""
        self.speaker.sent(payload)

    def response_lost(self, event: ResponseLostEvent) -> None:
        """Responses a reconnect lost: what is queued of them is dropped."""
        self.speaker.response_lost(event)


class MicrophoneFeed(Extension):
    """Hands a microphone the session's input format as it changes.

    Example::

        conn.add_extension(MicrophoneFeed(mic))  # what mic.attach(conn) does
    """

    __slots__ = ("microphone",)

    def __init__(self, microphone: _Listening) -> None:
        self.microphone = microphone

    def received(self, event: Any) -> None:
        """Each event received: ``session.created``/``updated`` set the input format."""
        self.microphone.received(event)

"""Voice apps: barge-in with exact truncation and the live conversation history.

- :class:`PlaybackTracker`: your speaker reports what it *played*; the connection reads it.
- :class:`MarkPlaybackTracker`: the same, fed by marks, for outputs that report playback
  late (a phone stream: Twilio, Telnyx, Vonage).
- :class:`Interruption`: what a barge-in cut (``conn.interrupt()`` returns it): the
  ``response.cancel`` + ``conversation.item.truncate`` at the heard milliseconds, clamped to
  the audio received.
- :class:`History` / :class:`HistoryItem`: the conversation as it stands, from events.
- :class:`Voice` / :class:`AsyncVoice`: the extension that keeps them on a live session
  (``conn.voice``, a blocking or an asyncio one).

Connections and WebRTC calls wire them for you (``client.connect(..., playback=tracker,
auto_interrupt=True)``, ``conn.interrupt()``, ``conn.history``). Example::

    tracker = PlaybackTracker()
    with client.connect(model="gpt-realtime", playback=tracker) as conn:
        for event in conn:
            ...
        print(conn.history.transcript())
"""

from ._extension import AsyncVoice, Voice
from ._history import History, HistoryItem
from ._interrupt import Interruption
from ._marks import MarkPlaybackTracker
from ._tracker import PlaybackTracker

__all__ = [
    "AsyncVoice",
    "History",
    "HistoryItem",
    "Interruption",
    "MarkPlaybackTracker",
    "PlaybackTracker",
    "Voice",
]

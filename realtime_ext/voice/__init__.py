"""Voice apps: barge-in with exact truncation and the live conversation history.

- :class:`PlaybackTracker`: your speaker reports what it *played*; the connection reads it.
- :class:`Interrupter`: the barge-in logic (``response.cancel`` + ``conversation.item.truncate``
  at the heard milliseconds, clamped to the audio received), sans I/O.
- :class:`History` / :class:`HistoryItem`: the conversation as it stands, from events.

Connections wire them for you (``client.connect(..., playback=tracker,
auto_interrupt=True)``, ``conn.interrupt()``, ``conn.history``); the classes also work on
their own, fed with events. Example::

    tracker = PlaybackTracker()
    history = HistoryTracker()
    for event in conn:
        history.received(event)
    print(history.history.transcript())
"""

from ._history import DEFAULT_MAX_AUDIO_BYTES, History, HistoryItem, HistoryTracker
from ._interrupt import Interrupter, Interruption
from ._tracker import PlaybackState, PlaybackTracker

__all__ = [
    "DEFAULT_MAX_AUDIO_BYTES",
    "History",
    "HistoryItem",
    "HistoryTracker",
    "Interrupter",
    "Interruption",
    "PlaybackState",
    "PlaybackTracker",
]

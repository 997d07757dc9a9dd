"""Voice apps: barge-in with exact truncation and the live conversation history.

- :class:`Voice` / :class:`AsyncVoice`: the extension that keeps them on a live session (a
  blocking or an asyncio one), attached as it opens (``extensions=[voice]``); read it
  there: ``voice.history``, ``voice.interrupt()``, ``voice.playback``. Its history is what
  a new session is given after a drop or a rollover.
- :class:`PlaybackTracker`: your speaker reports what it *played*; the voice reads it.
- :class:`MarkPlaybackTracker`: the same, fed by marks, for outputs that report playback
  late (a phone stream: Twilio, Telnyx, Vonage).
- :class:`Interruption`: what a barge-in cut (``voice.interrupt()`` returns it): the
  ``response.cancel`` + ``conversation.item.truncate`` at the heard milliseconds, clamped to
  the audio received.
- :class:`History` / :class:`HistoryItem`: the conversation as it stands, from events.

Example::

    tracker = PlaybackTracker()
    voice = Voice(playback=tracker)  # auto_interrupt: on, with a tracker
    with client.connect(model="gpt-realtime", extensions=[voice]) as conn:
        for event in conn:
            ...
        print(voice.history.transcript())
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

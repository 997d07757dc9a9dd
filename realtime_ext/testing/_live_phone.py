"""The phone leg of the fake's GPT-Live SIP calls: the caller's audio, which moves the
session's timeline.

A SIP call's audio flows all the time, and GPT-Live's timeline (the model's words, appended
context, the backend's stream) moves only while it does. The fake has no phone, so a test
makes the caller speak (:meth:`PhoneLines.caller_says`): the speech, then the line's
silence, paced faster than a real line, for as long as the session has something to do on
its timeline (the turn, the model's answer, a delegation waiting for the app), and a short
tail after. On the wall clock the session's own clock carries the line's silence: the
speech is handed to it at once and heard in real time.
"""

from __future__ import annotations

import asyncio

from ._live import FakeLiveSession
from ._live_hearing import FRAME_MS

__all__ = ["PhoneLines"]

PACE_SECONDS = 0.005
"""Real seconds each 100 ms frame of the line takes (twenty times a real line's pace): the
app's sideband keeps up, and a reply of a few words takes a fraction of a second."""
TAIL_MS = 2000
"""Milliseconds of silence the line carries once the session has nothing left to do (a
pause after the model's last words)."""
MAX_LINE_MS = 60_000
"""Milliseconds of audio one utterance's line carries at most (its task always ends)."""


class PhoneLines:
    """The running phone lines of a server's Live SIP calls, one per session (bounded by the
    sessions: a line ends with its session, its tail, or :data:`MAX_LINE_MS`)."""

    def __init__(self) -> None:
        self._lines: dict[str, asyncio.Task[None]] = {}

    def caller_says(self, live: FakeLiveSession, text: str, speech_ms: int) -> None:
        """The caller of ``live`` says ``text`` (``speech_ms`` of speech) and the line goes on
        (from the server's loop). A line still carrying the caller's last words gives way:
        one line per call."""
        session_id = str(live.session.get("id"))
        running = self._lines.pop(session_id, None)
        if running is not None:
            running.cancel()
        live.hear(text)
        task = asyncio.get_running_loop().create_task(self._carry(live, speech_ms))
        self._lines[session_id] = task

        def forget(done: asyncio.Task[None]) -> None:
            if self._lines.get(session_id) is done:
                del self._lines[session_id]

        task.add_done_callback(forget)

    async def _carry(self, live: FakeLiveSession, speech_ms: int) -> None:
        speech = live.frame_audio(voiced=True)
        silence = live.frame_audio(voiced=False)
        if live.clock == "wall":  # heard frame by frame as the session's clock ticks
            live.feed(speech * (speech_ms // FRAME_MS))
            return
        quiet_ms = 0
        for sent_ms in range(0, MAX_LINE_MS, FRAME_MS):
            if live.ended or quiet_ms >= TAIL_MS:
                return
            speaking = sent_ms < speech_ms
            live.feed(speech if speaking else silence)
            quiet_ms = 0 if speaking or live.busy else quiet_ms + FRAME_MS
            await asyncio.sleep(PACE_SECONDS)

    def stop(self) -> None:
        """End every line (the server stops)."""
        for task in self._lines.values():
            task.cancel()
        self._lines.clear()

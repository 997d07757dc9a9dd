"""How a fake GPT-Live session hears the user: transcript deltas grouped and timed as the
real server's (measured on the recordings in ``realtraffic/live``).

The real server transcribes by windows of its timeline: one ``session.input_transcript.delta``
per 200 ms window in which words were heard (``start_ms``/``end_ms`` the window; a window of
silence has none, a window with two short words carries both, as ``" will the"`` and
``" it up"`` were recorded), and it sends each window's delta some 400 ms after the window's
end (300 to 500 ms over the tool round's nine), while later audio is already arriving. The
fake hears the scripted words at a speaking rate (:data:`USER`) while the input is
speech and groups them by window the same way; its session sends each window's delta.

>>> hearing = Hearing("Can you remind me?", onset_ms=600)
>>> [hearing.tick(at, speech=True) for at in range(600, 1200, 100)]
[[], [(600, 'Can')], [], [(800, ' you')], [], [(1000, ' remind')]]
>>> hearing.end()  # the user stopped: what was not heard yet, in the next window
[(1200, ' me?')]
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

FRAME_MS = 100
TRANSCRIPT_WINDOW_MS = 200
"""Every recorded input transcript delta spans one 200 ms window of the timeline."""
MAX_HEARD_WORDS = 4096
"""Words one utterance may carry: a bound against a script that floods the fake."""


def words(text: str) -> list[str]:
    """``text`` as Live's transcript deltas carry it: words with their punctuation and the
    space before them (``"Sure,"``, ``" okay,"``, ``" Friday."``, as recorded).

    >>> words("It'll rain, at 14°C.")
    ["It'll", ' rain,', ' at', ' 14°C.']
    """
    return re.findall(r"\s*\S+", text)


def heard_words(text: str) -> list[str]:
    """``text`` as Live's input transcript carries it: as :func:`words`, with the mark that
    ends a question or sentence apart (recorded: ``" is"`` then ``"?"``, and ``" tomorrow"``
    then ``"? Please look"``).

    >>> heard_words("What is it? Tell me.")
    ['What', ' is', ' it', '?', ' Tell', ' me', '.']
    """
    return re.findall(r"\s*[^\s?!.]+(?:\.[^\s?!.]+)*|[?!.]+", text)


@dataclass(frozen=True)
class Pace:
    """How long a voice takes to say a word: ``word_ms`` and ``letter_ms`` a character."""

    word_ms: int
    letter_ms: int

    def of(self, word: str) -> int:
        """How long ``word`` (as :func:`words` gives it) takes to say.

        >>> USER.of(" it"), USER.of(" Amsterdam")
        (160, 440)
        """
        return self.word_ms + self.letter_ms * len(word.strip())

    def take(self, queue: deque[str], next_ms: int, *, until_ms: int) -> tuple[list[str], int]:
        """The words of ``queue`` that begin before ``until_ms`` (the first at ``next_ms``),
        taken from it, and when the word after them begins.

        >>> USER.take(deque(["What", " will", " the"]), 600, until_ms=800)
        (['What'], 840)
        """
        taken: list[str] = []
        while queue and next_ms < until_ms:
            taken.append(queue.popleft())
            next_ms += self.of(taken[-1])
        return taken, next_ms


USER = Pace(word_ms=80, letter_ms=40)
"""The recorded users' pace: the tool round's question takes 3.2 s (recorded: 3.4 s from
its first heard window to its last), and the sideband's nine deltas fall in the nine
windows the real server heard words in."""
MODEL = Pace(word_ms=80, letter_ms=35)
"""Live's own voice, a little faster: "Your package is scheduled to arrive on Friday." takes
2.0 s (recorded: 2.0 s), the others 1.4 to 2.5 s (recorded: 1.0 to 3.0 s); short words share
a window (``"Your package"``, ``" the forecast"``, as recorded)."""


class Hearing:
    """One utterance being heard: its scripted words, given out by window as the audio goes on."""

    def __init__(self, text: str, *, onset_ms: int) -> None:
        self._words: deque[str] = deque(heard_words(text)[:MAX_HEARD_WORDS])
        self._next_ms = onset_ms
        self._last_speech_ms = onset_ms
        self._window: int | None = None
        self._next_window = 0
        self._held: list[str] = []

    def tick(self, at: int, *, speech: bool) -> list[tuple[int, str]]:
        """100 ms of input at ``at`` ms: the windows it completed, as ``(start_ms, words)``."""
        done: list[tuple[int, str]] = []
        if speech:
            self._last_speech_ms = at
            # A 100 ms frame lies in one window; after a pause the words go on.
            heard, self._next_ms = USER.take(
                self._words, max(self._next_ms, at), until_ms=at + FRAME_MS
            )
            if heard:
                self._window = at - at % TRANSCRIPT_WINDOW_MS
                self._held += heard
        if self._window is not None and self._window + TRANSCRIPT_WINDOW_MS <= at + FRAME_MS:
            done.append(self._close())
        return done

    def complete(self, at: int) -> bool:
        """Whether every scripted word has been heard by the end of the frame at ``at``."""
        return not self._words and self._next_ms <= at + FRAME_MS

    def end(self) -> list[tuple[int, str]]:
        """The words heard or still to hear, as one last window: the words not heard yet
        join the last window of speech (a script may give more words than the speech had
        time for)."""
        if self._words:
            if self._window is None:
                # After the last window given out: the words the speech had no time for.
                last = self._last_speech_ms
                self._window = max(last - last % TRANSCRIPT_WINDOW_MS, self._next_window)
            self._held.extend(self._words)
            self._words.clear()
        return [self._close()] if self._window is not None else []

    def _close(self) -> tuple[int, str]:
        assert self._window is not None
        closed = (self._window, "".join(self._held))
        self._next_window = self._window + TRANSCRIPT_WINDOW_MS
        self._window, self._held = None, []
        return closed

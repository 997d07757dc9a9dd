"""What a new GPT-Live session is given when a connection ends early (sans-I/O).

GPT-Live has no resume: a session that lost its socket, expired (two hours) or is rolled
over goes on as a new one, in one of two ways (the protocol notes, openai's forks):

- a ``store: true`` session is forked by id (``/live/sessions/{id}/fork``, then
  ``session.start {}``, which inherits model, voice, instructions and the conversation);
- an unstored one starts again (``/live/sessions``, the same ``session.start``) with its
  history as startup ``input``: at most :data:`MAX_INPUT_ITEMS` text items and about
  :data:`MAX_INPUT_TOKENS` tokens, the most recent that fit (``carry=`` may choose).

:class:`LiveCarry` keeps, as the conversation runs, what that needs: the ``session.start``
the app sent, the session's id and ``store`` from ``session.started``, the history (the
transcripts of both sides, in timeline order, grouped into messages: Live has no turn
events) and the text appends (``session.commentary/thinking/instructions.append``) not yet
acknowledged (``*.appended``), which a new session is sent again. It is the conversation's
:class:`~realtime_ext._base.carry.Carry` for the GPT-Live protocols: the core reads it the same
way. The
history is not a copy: it is the connection's :class:`~.history.LiveHistory`
(``conn.history``), which the connection hands to its carry (:attr:`LiveCarry.live_history`).

Example:
    >>> carry = LiveCarry(sessions_url="wss://h/v1/live/sessions")
    >>> carry.sent({"type": "session.start", "session": {"model": "gpt-live-1"}}, "")
    >>> carry.received("session.started", {"session": {"id": "live_1", "store": False}})
    >>> carry.live_history.note_transcript("user", {"delta": "Hi there", "end_ms": 200})
    >>> carry.target("wss://h/v1/live/sessions")
    'wss://h/v1/live/sessions'
    >>> [i["role"] for i in carry.history_items()]
    ['user']
"""

from __future__ import annotations

import json
import math
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, Literal
from urllib.parse import quote, urlsplit, urlunsplit

from realtime_ext._base.carry import Carried, Carry, CarryPlan
from realtime_ext._base.unconfirmed import acks_of
from realtime_ext._encode import json_text
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext._json import is_dict, is_list
from realtime_ext._redact import get_logger

from .history import LiveHistory

logger = get_logger("realtime_ext.conversation")

__all__ = [
    "MAX_INPUT_ITEMS",
    "MAX_INPUT_TOKENS",
    "LiveCarry",
    "LiveCarryFunction",
    "LiveCarryMode",
    "estimate_tokens",
]

MAX_INPUT_ITEMS = 128
"""The API's bound on a session's startup ``input`` (128 accepted, 129 refused)."""
MAX_INPUT_TOKENS = 8192
"""The API's rendered-token bound on ``input`` (about; :func:`estimate_tokens` errs high)."""
QUIET_FRAMES = 20
"""Output audio frames (about 100 ms each on the primary socket, which carries no
timestamps) without a transcript fragment of either side, and no delegation open, that make
a quiet point for a rollover: about two seconds, openai's ``TranscriptGrouper`` default for
a finished turn."""
_OVER_FRAMES = 10 * QUIET_FRAMES
"""Output frames of silence after which a delegation whose end this socket does not see is
taken as over."""

START = "session.start"
STARTED = "session.started"
CLOSED = "session.closed"
IN_DELTA = "session.input_transcript.delta"
OUT_DELTA = "session.output_transcript.delta"
DELEGATED = "session.delegation.created"
AUDIO_OUT = "session.output_audio.delta"
COMMENTARY_ACK = "session.commentary.appended"
AUDIO_IN = "session.input_audio.append"
ACKED_APPENDS: Mapping[str, str] = {
    "session.commentary.append": COMMENTARY_ACK,
    "session.thinking.append": "session.thinking.appended",
    "session.instructions.append": "session.instructions.appended",
}
"""GPT-Live's context appends and the acknowledgement of each (in order, per kind): until
it, an append is unconfirmed."""
RECENT_APPENDS = 10
"""Input audio appends a new session is given again (about a second at 100 ms each): the
user's words the old session took in but had not transcribed yet (a transcript fragment
comes a word behind the audio)."""
MAX_DELEGATION_IDS = 256
"""Delegation ids remembered per side of a move (the current session's, and those of the
sessions left behind): a long session with many delegations must not grow them unbounded."""
MAX_RECENT_CHARS = 64_000
"""Base64 characters of those appends at most (a second of PCM16 at 24 kHz is 64,000)."""

LiveCarryFunction = Callable[[Sequence[dict[str, Any]]], Iterable[Mapping[str, Any]]]
"""``carry=`` as a function on a GPT-Live connection: given the history as ``input`` items
(``{"type": "message", "role": "user"|"assistant", "content": [{"type": "input_text" |
"output_text", "text": ...}]}``, oldest first, the startup ``input`` first), the items an
unstored session starts again with (a summary message, say). The API's bounds still apply:
the most recent that fit are sent."""
LiveCarryMode = Literal["history", "session"] | LiveCarryFunction
"""``"history"`` (default: the most recent history that fits), ``"session"`` (the same
configuration, no history) or a :data:`LiveCarryFunction`."""


def estimate_tokens(text: str) -> int:
    """A high estimate of ``text``'s tokens (one per 3 UTF-8 bytes, plus 4 per item for its
    framing): English runs about 4 characters a token, so what fits here fits the API.

    Example:
        >>> estimate_tokens("hello world")
        8
    """
    return math.ceil(len(text.encode()) / 3) + 4


def _text_of(item: Mapping[str, Any]) -> str:
    content = item.get("content")
    if not is_list(content):
        return ""
    return "".join(str(part.get("text", "")) for part in content if is_dict(part))


class LiveCarry(Carry):
    """The carry of a GPT-Live conversation (see the module docstring). ``sessions_url``:
    the primary socket's URL (``.../live/sessions``), which a restart opens and a fork's
    path is made from."""

    __slots__ = (
        "_delegations",
        "_frames_quiet",
        "_open_delegations",
        "_recent",
        "_recent_chars",
        "carried",
        "closed_reason",
        "live_history",
        "live_mode",
        "session_id",
        "sessions_url",
        "stale_delegations",
        "start",
        "stored",
    )

    watched: ClassVar[frozenset[str]] = frozenset(
        {STARTED, CLOSED, IN_DELTA, OUT_DELTA, DELEGATED, AUDIO_OUT, COMMENTARY_ACK}
    )
    # The output track's frames (ten a second, each with its audio) are only counted; so
    # are the transcript deltas here (the history, an extension, keeps their words).
    counted: ClassVar[frozenset[str]] = frozenset({AUDIO_OUT, IN_DELTA, OUT_DELTA})
    starts: ClassVar[bool] = True
    acked_appends: ClassVar[Mapping[str, str]] = ACKED_APPENDS
    acks: ClassVar[Mapping[str, str]] = acks_of(ACKED_APPENDS)

    def __init__(self, mode: LiveCarryMode = "history", *, sessions_url: str) -> None:
        super().__init__("session", max_items=None, max_chars=None)
        if mode not in ("history", "session") and not callable(mode):
            raise InvalidArgumentError(
                "carry must be 'history', 'session' or a function of the history's input "
                f"items, got {mode!r}"
            )
        self.live_mode: LiveCarryMode = mode
        self.sessions_url: str = sessions_url
        self.start: dict[str, Any] = {}
        """The session of the app's ``session.start`` (what a restart starts again)."""
        self.session_id: str | None = None
        self.stored: bool = False
        self.carried: tuple[dict[str, Any], ...] = ()
        """The ``input`` the last restart started with (empty for a fork)."""
        self.closed_reason: str | None = None
        """The reason of the last ``session.closed`` (``None`` until one)."""
        self.live_history: LiveHistory = LiveHistory()
        """What was said (the connection's ``conn.history``, handed over as it attaches it):
        what a restart starts again with."""
        self._frames_quiet = 0
        self._open_delegations = 0
        self._delegations: dict[str, None] = {}  # the current session's ids, oldest first
        self.stale_delegations: dict[str, None] = {}
        """Ids of delegations made by sessions the conversation moved away from: an answer
        naming one goes to the new session as plain context (see :meth:`prepare`)."""
        self._recent: deque[tuple[str, int]] = deque()  # (wire text, base64 size)
        self._recent_chars = 0
        # Not quiet until the output track shows it: Live has no turn events, and the
        # app's input audio may be speech the server has not transcribed yet.
        self.speaking = True

    @property
    def tracks_items(self) -> bool:
        return True  # the appends never acknowledged go to the new session

    @property
    def carries(self) -> Carried:
        # A fork inherits the conversation; a restart is given its history, unless "session".
        return "configuration" if self.live_mode == "session" and not self.forks else "conversation"

    # -- sending ----------------------------------------------------------------------
    def prepare(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``payload``, without a ``delegation_id`` that names a delegation of a session the
        conversation has moved away from (a new dict: the caller's is not changed). A
        delegation id is valid only on the session that made it; the new one would refuse
        the append (``Unknown delegation_id``) and the answer would be lost, so it goes as
        plain context, which the new session (a fork holding the conversation, or a restart
        given its history) reads, and that is logged."""
        found = payload.get("delegation_id")
        if not isinstance(found, str) or found not in self.stale_delegations:
            return payload
        logger.warning(
            "%s for delegation %s of the session before the move: sent to the new session "
            "without the id, as context",
            payload.get("type"),
            found,
        )
        return {k: v for k, v in payload.items() if k != "delegation_id"}

    def flushed(self, text: str) -> str:
        """A send queued during a move, as the new session gets it (:meth:`prepare`'s rule:
        the id of a delegation of a session left behind is taken out)."""
        if '"delegation_id"' not in text:
            return text
        data = json.loads(text)
        if not is_dict(data):
            return text
        prepared = self.prepare(data)
        return text if prepared is data else json_text(prepared)

    def sent(self, payload: Mapping[str, Any], text: str) -> None:
        kind = payload.get("type")
        if kind == AUDIO_IN:
            audio = payload.get("audio")
            size = len(audio) if isinstance(audio, str) else 0
            self._recent.append((text, size))
            self._recent_chars += size
            while len(self._recent) > RECENT_APPENDS or (
                self._recent_chars > MAX_RECENT_CHARS and len(self._recent) > 1
            ):
                self._recent_chars -= self._recent.popleft()[1]
        elif kind == START:
            session = payload.get("session")
            if is_dict(session) and "model" in session:  # the primary's (a fork's inherits)
                self.start = dict(session)

    # -- receiving --------------------------------------------------------------------
    def counters(self) -> dict[str, Callable[[Any, Any], None]]:
        return {AUDIO_OUT: self.frame, IN_DELTA: self.words, OUT_DELTA: self.words}

    def frame(self, _event: object = None, _data: object = None) -> None:
        """An output audio frame: the track's clock, ten frames a second, speech or silence
        (the frame itself is not read)."""
        quiet = self._frames_quiet = self._frames_quiet + 1
        if quiet >= _OVER_FRAMES:
            # A delegation whose end this socket does not see (a Responses backend's) is
            # over once the line has been silent this long.
            self._open_delegations = 0
        self.speaking = quiet < QUIET_FRAMES or self._open_delegations > 0

    def words(self, _event: object = None, _data: object = None) -> None:
        """A transcript fragment of either side (the history, an extension, keeps the words;
        the fragment is not read here)."""
        self._frames_quiet = 0
        self.speaking = True

    def received(self, kind: str, data: Mapping[str, Any]) -> None:
        if kind == AUDIO_OUT:
            self.frame()
        elif kind in (OUT_DELTA, IN_DELTA):
            self.words()
        elif kind == COMMENTARY_ACK:
            if isinstance(data.get("delegation_id"), str):  # a client delegation answered
                self._open_delegations = max(0, self._open_delegations - 1)
        elif kind == DELEGATED:
            self._open_delegations += 1
            self.speaking = True
            delegation = data.get("delegation")
            found = delegation.get("id") if is_dict(delegation) else None
            if isinstance(found, str):
                _remember(self._delegations, found)
        elif kind == STARTED:
            session = data.get("session")
            if is_dict(session):
                found = session.get("id")
                self.session_id = found if isinstance(found, str) else None
                self.stored = session.get("store") is True
            self.closed_reason = None
        elif kind == CLOSED:
            reason = data.get("reason")
            self.closed_reason = reason if isinstance(reason, str) else "unknown"

    def forget_session(self) -> None:
        super().forget_session()
        self.speaking: bool = True  # until its output track shows a quiet point
        self._frames_quiet = 0
        self._open_delegations = 0  # a delegation id is valid only on its connection

    def history_items(self) -> list[dict[str, Any]]:
        """The history's transcripts as ``input`` items (the startup ``input`` first), oldest
        first (:meth:`LiveHistory.input_items <.history.LiveHistory.input_items>`).

        Example::

            for item in carry.history_items(): ...
        """
        return self.live_history.input_items()

    # -- the move ---------------------------------------------------------------------
    @property
    def forks(self) -> bool:
        """Whether the next session is a fork (stored, its id known) or a restart."""
        return self.stored and self.session_id is not None

    def refused(self, exc: BaseException) -> bool:
        """A fork refused (the server no longer has the session: a restarted server, or
        one past its retention): the next attempt starts again with the history."""
        if not self.forks:
            return False
        logger.warning("forking the stored session was refused (%r): starting again", exc)
        self.stored = False
        return True

    def target(self, url: str) -> str:
        """The URL the next session opens: ``/live/sessions/{id}/fork`` for a stored
        session, else ``url`` (the primary's, or what ``on_reconnecting`` gave)."""
        if not self.forks:
            return self.sessions_url if url.endswith("/fork") else url
        assert self.session_id is not None
        parts = urlsplit(self.sessions_url)
        path = parts.path.rstrip("/") + "/" + quote(self.session_id, safe="") + "/fork"
        return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))

    def given_input(self) -> tuple[dict[str, Any], ...]:
        return self.carried

    def chosen_input(self) -> list[dict[str, Any]]:
        """What a restart starts with: the chosen history's most recent items within
        :data:`MAX_INPUT_ITEMS` and :data:`MAX_INPUT_TOKENS`."""
        if self.live_mode == "session":
            return []
        items = self.history_items()
        chosen = [dict(i) for i in self.live_mode(items)] if callable(self.live_mode) else items
        kept: list[dict[str, Any]] = []
        tokens = 0
        for item in reversed(chosen):
            size = estimate_tokens(_text_of(item))
            if len(kept) >= MAX_INPUT_ITEMS or tokens + size > MAX_INPUT_TOKENS:
                break
            tokens += size
            kept.append(item)
        kept.reverse()
        return kept

    def plan(
        self,
        *,
        same_session: bool,
        unconfirmed: Sequence[str] = (),
        queued: Sequence[str] = (),
        running: Iterable[str] = (),
    ) -> CarryPlan:
        """The new session's messages: its ``session.start`` (a fork's ``{}``, or the app's
        session with the carried history as ``input``), then ``unconfirmed``: the appends
        the lost connection never saw acknowledged (the core's book of them), then the last
        second or so of input audio (what the user said may not be transcribed yet; the
        queued copies of those are not sent twice)."""
        if not same_session:  # its delegation ids are valid only on the session left
            for found in self._delegations:
                _remember(self.stale_delegations, found)
            self._delegations = {}
        carried: list[dict[str, Any]] = []
        if self.forks:
            start: dict[str, Any] = {"type": START, "session": {}}
        else:
            carried = self.chosen_input()
            session = {k: v for k, v in self.start.items() if k != "input"}
            if carried:
                session["input"] = carried
            start = {"type": START, "session": session}
        self.carried = tuple(carried)
        audio = [text for text, _ in self._recent]
        return CarryPlan(
            (json_text(start), *(_without_delegation(text) for text in unconfirmed), *audio),
            session_restored=True,
            resent=tuple(_kind_of(text) for text in unconfirmed),
            audio_bytes=self._recent_chars * 3 // 4,
            replayed=tuple(audio),
        )


def _remember(ids: dict[str, None], found: str) -> None:
    """Add ``found`` to ``ids``, the oldest forgotten past :data:`MAX_DELEGATION_IDS`."""
    ids[found] = None
    if len(ids) > MAX_DELEGATION_IDS:
        del ids[next(iter(ids))]


def _kind_of(text: str) -> str:
    data = json.loads(text)
    found = data.get("event_id") or data.get("type") if is_dict(data) else None
    return found if isinstance(found, str) else ""


def _without_delegation(text: str) -> str:
    """An append sent again to a new session: a delegation id is valid only on the
    connection that created it, so the text goes as plain context."""
    data = json.loads(text)
    if not is_dict(data) or "delegation_id" not in data:
        return text
    return json_text({k: v for k, v in data.items() if k != "delegation_id"})

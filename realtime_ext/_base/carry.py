"""What a new server session is given after a drop or a rollover (sans-I/O).

Kept as the conversation runs, from what the app sends and the server confirms:

- the session the app asked for: every ``session.update`` deep-merged, as the server
  applies it (objects merge field by field, anything else replaces), so tools and
  instructions set early survive a later update of ``output_modalities`` alone;
- an id for the item of every ``conversation.item.create`` that has none, before it leaves,
  so its confirmation (and its carried copy) is found by id (which sends the server has not
  confirmed is :mod:`.unconfirmed`'s book);
- the input audio appended since the last commit the server confirmed (the user was
  speaking), with the commits sent but not confirmed, in order, bounded for a call (see
  :data:`MAX_PENDING_AUDIO_CHARS` and :func:`quiet_audio_chars`).

At a reconnect :meth:`Carry.plan` turns that, the live history (read through the
:class:`CarriedItem` shape: ``conn.history`` is one) and the lost connection's unconfirmed
items into the messages the new session gets, in order: the merged ``session.update``; the
history's items re-created with their original ids, chained by ``previous_item_id``, within
``max_items``/``max_chars`` (the most recent ones); the unconfirmed items, once; the pending
audio appended again.
"""

from __future__ import annotations

import copy
import json
import re
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Protocol

from realtime_ext._encode import json_text
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext._json import is_dict, is_list
from realtime_ext._redact import get_logger

from .item_log import ITEM_EVENTS, ItemLog
from .pcm import AUDIO_APPEND
from .unconfirmed import NO_ACKS

logger = get_logger("realtime_ext.conversation")

DEFAULT_CARRY_MAX_ITEMS = 100
"""Items of the history carried into a new session (the most recent ones)."""
DEFAULT_CARRY_MAX_CHARS = 32_000
"""Characters of text, transcripts, arguments and outputs carried (the most recent items)."""
MAX_PENDING_AUDIO_CHARS = 8 * 2**20
"""Base64 characters of input audio kept for a user's turn (from the server's
``speech_started``, or with turn detection off, to the commit the server confirms): 6 MiB of
PCM, about two minutes at 24 kHz. The oldest appends beyond are dropped, with a warning
logged (the turn's start is then not appended again on a new session)."""
DEFAULT_PREFIX_PADDING_MS = 300
"""The server's turn detection's ``prefix_padding_ms`` when the session sets none: the audio
before the speech it hears that a turn starts with."""
QUIET_MARGIN_MS = 200
"""Input audio kept while no turn is open beyond ``prefix_padding_ms``: the time the
server's ``speech_started`` takes to reach the client (its detection, and the way back)
while the appends go on. A later ``speech_started`` finds some of the padding (silence)
already dropped; the speech itself only once it is later than padding plus margin."""
_PCM_BYTES_PER_MS = 48  # 24 kHz PCM16: the API's default input format
_G711_BYTES_PER_MS = 8  # G.711 (``audio/pcmu``, ``audio/pcma``): 8 kHz, a byte a sample
_G711 = frozenset({"audio/pcmu", "audio/pcma", "g711_ulaw", "g711_alaw", "pcmu", "pcma", "ulaw"})


def quiet_audio_chars(padding_ms: int, bytes_per_ms: int = _PCM_BYTES_PER_MS) -> int:
    """Base64 characters of input audio kept while no turn is open: ``padding_ms``
    (the session's ``prefix_padding_ms``) plus :data:`QUIET_MARGIN_MS`, of audio at
    ``bytes_per_ms`` (48: 24 kHz PCM16; 8: G.711).

    Example:
        >>> quiet_audio_chars(300), quiet_audio_chars(300, bytes_per_ms=8)
        (32000, 5336)
    """
    size = (padding_ms + QUIET_MARGIN_MS) * bytes_per_ms
    return -(-size // 3) * 4


QUIET_AUDIO_CHARS = quiet_audio_chars(DEFAULT_PREFIX_PADDING_MS)
"""Base64 characters of input audio kept while no turn is open and the server's turn
detection is on (the default), for the default session (24 kHz PCM16, ``prefix_padding_ms``
300): 500 ms, 32,000 characters (:func:`quiet_audio_chars`: the session's own
``prefix_padding_ms`` plus :data:`QUIET_MARGIN_MS`, of its own input format). Audio older
than that, before the server heard speech, is silence its turn detection drops from the
turn anyway: a call's long silences cost a session no more than this, however long they
last. Dropped without a warning (nothing of a turn is lost); the unconfirmed sends count it
(``UnconfirmedSends.audio_dropped``)."""

ITEM_CREATE = "conversation.item.create"
SESSION_UPDATE = "session.update"
AUDIO_COMMIT = "input_audio_buffer.commit"
AUDIO_CLEAR = "input_audio_buffer.clear"
AUDIO_RESETS = frozenset({"input_audio_buffer.committed", "input_audio_buffer.cleared"})
SPEECH_STARTED = "input_audio_buffer.speech_started"
SPEECH_STOPPED = "input_audio_buffer.speech_stopped"
WATCHED = frozenset({*AUDIO_RESETS, SPEECH_STARTED, SPEECH_STOPPED, *ITEM_EVENTS})
"""The server events the carry reads (the core hands them to :meth:`Carry.received`): the
input audio buffer's, and the items' (its own log of the conversation: :mod:`.item_log`)."""

Carried = Literal["conversation", "configuration"]
"""What a new session was given (``ReconnectedEvent.carried``): the conversation (its items,
a GPT-Live fork's, or a restart's history; or the same server session, which kept them), or
the configuration only (``carry="session"``)."""

Reason = Literal["drop", "rollover", "expired"]
"""Why a conversation moved to a new connection: the line dropped, ``max_session_duration``
was reached (at a quiet point), or the server ended the session (``session_expired``)."""


class CarriedItem(Protocol):
    """What is read from a history item to re-create it (``conn.history``'s
    ``HistoryItem`` is one)."""

    @property
    def id(self) -> str:
        """The item's id (kept in the new session)."""
        ...

    @property
    def type(self) -> str:
        """``message``, ``function_call``, ``function_call_output``..."""
        ...

    @property
    def role(self) -> str | None:
        """A message's role."""
        ...

    @property
    def name(self) -> str | None:
        """A function call's name."""
        ...

    @property
    def call_id(self) -> str | None:
        """A function call's (or output's) ``call_id``."""
        ...

    @property
    def arguments(self) -> str:
        """A function call's arguments (JSON text)."""
        ...

    @property
    def output(self) -> str | None:
        """A function call output's output."""
        ...

    @property
    def text(self) -> str:
        """A message's text."""
        ...

    @property
    def transcript(self) -> str:
        """A message's audio transcript (what is carried for audio)."""
        ...


CarryFunction = Callable[[Sequence[CarriedItem]], Iterable[CarriedItem | Mapping[str, Any]]]
"""``carry=`` as a function: given the history's items (oldest first), the items to carry:
history items, or item objects as ``conversation.item.create`` takes them (a summary
message, say). Without an ``id`` one is given. ``carry_max_items``/``carry_max_chars``
still apply."""

CarryMode = Literal["history", "session"] | CarryFunction
"""``carry=``: ``"history"`` (the default: the session and the conversation),
``"session"`` (the configuration only), or a :data:`CarryFunction`."""

HistorySource = Callable[[], Iterable[CarriedItem]]
"""Where the live history is read at a reconnect (a connection's ``conn.history``)."""


def merge_session(base: Mapping[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    """``update`` deep-merged into a copy of ``base``, as the server applies ``session.update``:
    objects merge field by field, anything else (lists included: ``tools``) replaces.

    Example:
        >>> merge_session({"audio": {"output": {"voice": "alloy"}}, "tools": [1]},
        ...               {"audio": {"output": {"speed": 1.2}}, "tools": []})
        {'audio': {'output': {'voice': 'alloy', 'speed': 1.2}}, 'tools': []}
    """
    out: dict[str, Any] = {key: copy.deepcopy(value) for key, value in base.items()}
    for key, value in update.items():
        current = out.get(key)
        if is_dict(value) and is_dict(current):
            out[key] = merge_session(current, value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def new_item_id() -> str:
    """A client-made item id (the API takes up to 32 characters).

    Example:
        >>> len(new_item_id()) <= 32 and new_item_id().startswith("item_")
        True
    """
    return "item_" + secrets.token_hex(12)


_MADE_HERE = re.compile(r"item_[0-9a-f]{24}")


def is_carried_item_id(value: object) -> bool:
    """Whether ``value`` is an id the SDK gave an item it created again on a new session
    (after a drop or a rollover): random on every run, so a recording or a log that
    compares runs treats such ids as noise (cassette replay does).

    Example:
        >>> is_carried_item_id(new_item_id()), is_carried_item_id("msg_1")
        (True, False)
    """
    return isinstance(value, str) and _MADE_HERE.fullmatch(value) is not None


def check_carry(
    carry: object, max_items: object, max_chars: object
) -> tuple[CarryMode, int | None, int | None]:
    """``carry=``, ``carry_max_items=`` and ``carry_max_chars=``, checked.

    Example:
        >>> check_carry("session", 10, None)
        ('session', 10, None)
    """
    if carry not in ("history", "session") and not callable(carry):
        raise InvalidArgumentError(
            f"carry must be 'history', 'session' or a function of the history's items, "
            f"got {carry!r}"
        )
    for name, value in (("carry_max_items", max_items), ("carry_max_chars", max_chars)):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise InvalidArgumentError(f"{name} must be an int >= 0 or None, got {value!r}")
    mode: Any = carry
    return mode, max_items, max_chars  # type: ignore[return-value]


@dataclass(frozen=True)
class CarryPlan:
    """The messages a new session gets, in order, and what they carry."""

    texts: tuple[str, ...] = ()
    session_restored: bool = False
    carried_ids: tuple[str, ...] = ()
    resent: tuple[str, ...] = ()
    audio_bytes: int = 0
    replayed: tuple[str, ...] = field(default=(), repr=False)
    """The texts a queued send would repeat (the pending audio, sent here)."""


_Kept = str | dict[str, Any]
"""An append or a commit kept until the server confirms it: a plain append (its ``type`` and
``audio`` only, in that order) as its audio string, anything else as a copy of its payload.
No tuple, no dict a frame: a string is no object the garbage collector tracks, and a turn
keeps up to two minutes of frames, which a worker's full collections would walk every time
(issue 81: long-lived tracked objects per session)."""


def _kept(payload: Mapping[str, Any], audio: object) -> _Kept:
    """What :class:`Carry` keeps of the append ``payload`` (its ``audio`` read already)."""
    if type(audio) is str and len(payload) == 2 and next(iter(payload)) == "type":
        return audio  # {"type": AUDIO_APPEND, "audio": audio}, as _payload makes it again
    return dict(payload)


def _payload(kept: _Kept) -> dict[str, Any]:
    """The payload of an append or a commit :func:`_kept` kept."""
    return {"type": AUDIO_APPEND, "audio": kept} if isinstance(kept, str) else kept


def _size(kept: _Kept) -> int:
    """The base64 characters of a kept append's audio (0: none), or -1 for a commit."""
    if isinstance(kept, str):
        return len(kept)
    if kept.get("type") != AUDIO_APPEND:
        return -1
    audio = kept.get("audio")
    return len(audio) if isinstance(audio, str) else 0


class Carry:
    """The carry state of one conversation (see the module docstring).

    Example:
        >>> carry = Carry()
        >>> first = {"instructions": "Hi", "tools": [1]}
        >>> carry.sent({"type": "session.update", "session": first}, "")
        >>> carry.sent({"type": "session.update", "session": {"output_modalities": ["text"]}}, "")
        >>> carry.session
        {'instructions': 'Hi', 'tools': [1], 'output_modalities': ['text']}
    """

    __slots__ = (
        "_audio",
        "_audio_chars",
        "_quiet_chars",
        "_turn",
        "_turn_dropped",
        "history",
        "log",
        "max_chars",
        "max_items",
        "mode",
        "session",
        "speaking",
    )

    watched: ClassVar[frozenset[str]] = WATCHED
    """The server events :meth:`received` is given (the core's watch list adds them)."""
    counted: ClassVar[frozenset[str]] = frozenset()
    """Those of :attr:`watched` whose fields :meth:`received` never reads (it only counts
    them): a flat one decoded from the wire bytes is given with no dict built from it."""
    starts: ClassVar[bool] = False
    """Whether a new connection says nothing until the plan's first message (GPT-Live's
    ``session.start``): sent before its first event is read."""
    acked_appends: ClassVar[Mapping[str, str]] = NO_ACKS
    """The kind's client events the server acknowledges one by one, each with the server
    event that does (GPT-Live's ``session.commentary.append``: ``...appended``): a lost
    connection's unacknowledged ones are reported and carried as its unconfirmed items."""
    acks: ClassVar[Mapping[str, str]] = NO_ACKS
    """:attr:`acked_appends` the other way: acknowledgement -> the append it confirms."""
    closed_reason: str | None = None
    """Why the server ended the session, when its protocol says (GPT-Live's
    ``session.closed``)."""

    def target(self, url: str) -> str:
        """The URL the next session opens (``url``: the conversation's)."""
        return url

    def refused(self, exc: BaseException) -> bool:
        """The new session was refused for good (``exc``): ``True`` when the next attempt
        goes another way (a GPT-Live fork the server no longer has: a restart)."""
        return False

    def given_input(self) -> tuple[dict[str, Any], ...]:
        """The startup ``input`` the last new session was given (GPT-Live's restart)."""
        return ()

    def __init__(
        self,
        mode: CarryMode = "history",
        *,
        max_items: int | None = DEFAULT_CARRY_MAX_ITEMS,
        max_chars: int | None = DEFAULT_CARRY_MAX_CHARS,
    ) -> None:
        # Annotated apart: a tuple target takes no annotation (public type completeness).
        self.mode: CarryMode
        self.max_items: int | None
        self.max_chars: int | None
        self.mode, self.max_items, self.max_chars = check_carry(mode, max_items, max_chars)
        self.session: dict[str, Any] | None = None
        self.history: HistorySource | None = None
        """Where the history is read; a conversation sets it to its extensions' (the first
        with a ``history``: a connection's voice, ``conn.history``)."""
        self.log: ItemLog = ItemLog()
        """The conversation's items as the server reported them: what a new session is
        given when no extension gives a history (a connection without a voice)."""
        # Appends and commits not yet confirmed, in order (see _Kept). The payload, not its
        # wire text: its audio string is the one the unconfirmed sends keep too (one copy of
        # each frame, not two); the text is made again at a move. A list, not a deque: an
        # empty deque holds 760 bytes, and what is dropped from the front is a few appends
        # at a time.
        self._audio: list[_Kept] = []
        self._audio_chars = 0
        # The bound while no turn is open (None: turn detection off, every append is the
        # turn's); whether a turn is open (speech started, not yet committed); its appends
        # dropped over MAX_PENDING_AUDIO_CHARS.
        self._quiet_chars: int | None = QUIET_AUDIO_CHARS
        self._turn = False
        self._turn_dropped = 0
        self.speaking: bool = False
        """Between the server's ``speech_started`` and ``speech_stopped``."""

    @property
    def tracks_items(self) -> bool:
        """Whether item sends get an id and are remembered until confirmed."""
        return self.mode != "session"

    @property
    def carries(self) -> Carried:
        """What a new session is given: the conversation, or the configuration only."""
        return "configuration" if self.mode == "session" else "conversation"

    # -- sending ----------------------------------------------------------------------
    def prepare(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``payload`` with an id given to the item of a ``conversation.item.create`` that
        has none (a new dict: the caller's is not changed), so its confirmation is known."""
        if payload.get("type") != ITEM_CREATE or not self.tracks_items:
            return payload
        item = payload.get("item")
        if not is_dict(item) or isinstance(item.get("id"), str):
            return payload
        return {**payload, "item": {**item, "id": new_item_id()}}

    def sent(self, payload: Mapping[str, Any], text: str) -> None:
        """Note one client event (``text``: its wire form) as it goes out."""
        kind = payload.get("type")
        if kind == AUDIO_APPEND:
            audio = payload.get("audio")
            size = len(audio) if isinstance(audio, str) else 0
            self._audio.append(_kept(payload, audio))
            self._audio_chars += size
            if self._audio_chars > self.audio_limit():
                self._trim_audio()
        elif kind == AUDIO_COMMIT:
            # Kept until the server confirms it: a commit lost with the line goes out again
            # after the audio it commits.
            if self._audio:
                self._audio.append(dict(payload))
                self._turn = True  # the app's own turn: what it commits is not silence
        elif kind == SESSION_UPDATE:
            update = payload.get("session")
            if is_dict(update):
                self.session = merge_session(self.session or {}, update)
                self._quiet_chars = _quiet_chars(self.session)
        elif kind == AUDIO_CLEAR:
            self._clear_audio()

    def audio_limit(self) -> int:
        """Base64 characters of input audio kept now: :data:`MAX_PENDING_AUDIO_CHARS` in a
        turn (or with turn detection off), :data:`QUIET_AUDIO_CHARS` out of one.

        Example:
            >>> Carry().audio_limit() == QUIET_AUDIO_CHARS
            True
        """
        quiet = self._quiet_chars
        return MAX_PENDING_AUDIO_CHARS if quiet is None or self._turn else quiet

    def _trim_audio(self) -> None:
        """Drop the oldest appends beyond :meth:`audio_limit` (a commit never confirmed
        before them goes too: the bound holds whatever the server answers)."""
        audio, limit = self._audio, self.audio_limit()
        dropped = gone = 0
        while self._audio_chars > limit and len(audio) - gone > 1:
            size = _size(audio[gone])
            gone += 1
            if size >= 0:
                self._audio_chars -= size
                dropped += 1
        del audio[:gone]
        if dropped and limit == MAX_PENDING_AUDIO_CHARS:
            if not self._turn_dropped:
                logger.warning(
                    "the user's turn is longer than the %d base64 characters of input audio "
                    "kept for a new session: its oldest appends are dropped (after a drop, "
                    "the turn is appended again from the newest ones only)",
                    MAX_PENDING_AUDIO_CHARS,
                )
            self._turn_dropped += dropped

    def _clear_audio(self) -> None:
        self._audio.clear()
        self._audio_chars = 0
        self._turn = False
        self._turn_dropped = 0

    # -- receiving ----------------------------------------------------------------------
    def received(self, kind: str, data: Mapping[str, Any]) -> None:
        """Note one server event of :data:`WATCHED`."""
        if kind in ITEM_EVENTS:
            # The conversation's own log, unless an extension keeps a history to read.
            if self.history is None and self.mode != "session":
                self.log.apply(kind, data)
        elif kind == SPEECH_STARTED:
            self.speaking = True
            self._turn = True
        elif kind == SPEECH_STOPPED:
            self.speaking = False
        else:  # committed or cleared: the audio up to it is the server's now (or gone)
            self.speaking = False
            self._confirm_commit()

    def _confirm_commit(self) -> None:
        """Forget the audio up to the first commit sent (all of it when none was: the
        server's voice detection committed it)."""
        audio = self._audio
        if not any(_size(kept) < 0 for kept in audio):
            self._clear_audio()
            return
        gone = 0
        for kept in audio:
            gone += 1
            size = _size(kept)
            if size < 0:
                break
            self._audio_chars -= size
        del audio[:gone]
        self._turn = any(_size(kept) < 0 for kept in audio)  # another commit still to confirm
        self._turn_dropped = 0

    def flushed(self, text: str) -> str:
        """A send queued while the conversation moved, as the new session gets it (the
        Realtime API's: unchanged)."""
        return text

    def counters(self) -> dict[str, Callable[[Any, Any], None]]:
        """The types of :attr:`counted` with the function that counts one, called for it
        instead of :meth:`received` while nothing else is due, with the event and its JSON
        object (or ``None``), neither of which it reads: what it counts only the receiving
        side touches. None here.

        Example:
            >>> Carry().counters()
            {}
        """
        return {}

    def forget_session(self) -> None:
        """A new server session started: the user is not speaking in it (yet)."""
        self.speaking = False

    # -- the plan ---------------------------------------------------------------------
    def plan(
        self,
        *,
        same_session: bool,
        unconfirmed: Sequence[str] = (),
        queued: Sequence[str] = (),
        running: Iterable[str] = (),
    ) -> CarryPlan:
        """The messages a reconnected session gets (``unconfirmed``: the wire texts of the
        items the lost connection sent and never saw confirmed; ``queued``: the sends that
        will follow the plan; ``running``: the ``call_id``s of the calls the tool loop is
        still answering). The same server session (a sideband rejoining its call) keeps its
        configuration and items: nothing of them is sent again, only what the lost socket
        sent and never saw confirmed, which may not have reached the session (sent again
        with its id: the server refuses a second copy of an id it has)."""
        if same_session:
            again = tuple(item_id_of(text) or "" for text in unconfirmed)
            return CarryPlan(tuple(unconfirmed), resent=again)
        texts: list[str] = []
        if self.session is not None:
            texts.append(json_text({"type": SESSION_UPDATE, "session": self.session}))
        # A tool's output on its way (unconfirmed, queued, or still being made by the tool
        # loop) answers its call: the call is carried so that the output has something to
        # answer.
        answering = {
            call_id
            for text in (*unconfirmed, *queued)
            if (call_id := _output_call_id(text)) is not None
        }
        answering.update(running)
        carried = self._carried(answering)
        previous: str | None = None
        for item in carried:
            event: dict[str, Any] = {"type": ITEM_CREATE, "item": item}
            if previous is not None:
                event["previous_item_id"] = previous
            texts.append(json_text(event))
            previous = item["id"]
        carried_ids = tuple(item["id"] for item in carried)
        resent: list[str] = []
        for text in unconfirmed:
            item_id = item_id_of(text)
            if item_id is not None and item_id in carried_ids:
                continue  # confirmed after all (it is in the history): carried above
            texts.append(text)
            resent.append(item_id or "")
        # The configuration only ("session"): not the user's unfinished turn either.
        replayed = [json_text(_payload(kept)) for kept in self._audio] if self.tracks_items else []
        if replayed and self._turn_dropped:
            logger.warning(
                "the new session is given the newest %d input audio append(s) of the user's "
                "turn: %d older one(s) were over the bound and are not in it",
                sum(1 for kept in self._audio if _size(kept) >= 0),
                self._turn_dropped,
            )
        texts += replayed
        audio_bytes = sum(max(0, _size(kept)) for kept in self._audio) * 3 // 4 if replayed else 0
        return CarryPlan(
            tuple(texts),
            session_restored=self.session is not None,
            carried_ids=carried_ids,
            resent=tuple(resent),
            audio_bytes=audio_bytes,
            replayed=tuple(replayed),
        )

    def _carried(self, answering: set[str]) -> list[dict[str, Any]]:
        """The history's items to re-create (API objects with ids), bounded, oldest first."""
        if self.mode == "session":
            return []
        items: Sequence[CarriedItem] = (
            list(self.history()) if self.history is not None else self.log.items()
        )
        chosen: Iterable[CarriedItem | Mapping[str, Any]] = items
        if callable(self.mode):
            chosen = self.mode(items)
        objects = [found for each in chosen if (found := item_object(each)) is not None]
        kept: list[dict[str, Any]] = []
        chars = 0
        for item in reversed(objects):
            if self.max_items is not None and len(kept) >= self.max_items:
                break
            size = _chars(item)
            if self.max_chars is not None and chars + size > self.max_chars and kept:
                break
            chars += size
            kept.append(item)
        kept.reverse()
        # Calls travel with their outputs: an output whose call was left out would be
        # refused, a call nobody answers (an app's own tool handling, lost with its session)
        # is left behind.
        calls = {i.get("call_id") for i in kept if i["type"] == "function_call"}
        answered = {i.get("call_id") for i in kept if i["type"] == "function_call_output"}
        answered |= answering
        return [
            item
            for item in kept
            if (item["type"] != "function_call" or item.get("call_id") in answered)
            and (item["type"] != "function_call_output" or item.get("call_id") in calls)
        ]


def _quiet_chars(session: Mapping[str, Any]) -> int | None:
    """:func:`quiet_audio_chars` for the merged ``session``'s turn detection and input format;
    ``None`` when its turn detection is off (GA ``audio.input.turn_detection`` or the beta's
    ``turn_detection`` set to null)."""
    audio = session.get("audio")
    given = audio.get("input") if is_dict(audio) else None
    holder: Mapping[str, Any] = given if is_dict(given) else session
    detection = holder.get("turn_detection", {})  # absent: the server's default, server_vad
    if detection is None:
        return None
    padding = detection.get("prefix_padding_ms") if is_dict(detection) else None
    if not isinstance(padding, int) or isinstance(padding, bool) or padding < 0:
        padding = DEFAULT_PREFIX_PADDING_MS
    ga_format = holder.get("format") if holder is given else None
    return quiet_audio_chars(padding, _bytes_per_ms(ga_format, session))


def _bytes_per_ms(ga_format: object, session: Mapping[str, Any]) -> int:
    """Input audio bytes a millisecond, for the GA ``audio.input.format`` (an object) or the
    beta's ``input_audio_format`` (a name): G.711's 8, else 24 kHz PCM16's 48."""
    found = ga_format if ga_format is not None else session.get("input_audio_format")
    name = found.get("type") if is_dict(found) else found
    return _G711_BYTES_PER_MS if isinstance(name, str) and name in _G711 else _PCM_BYTES_PER_MS


def item_object(item: CarriedItem | Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``conversation.item.create`` item for a history item (an item object passes
    through, given an id if it has none); ``None`` for what cannot be re-created (MCP
    calls, unknown types).

    Example:
        >>> item_object({"type": "message", "role": "user",
        ...              "content": [{"type": "input_text", "text": "Hi"}], "id": "i1"})["id"]
        'i1'
    """
    if isinstance(item, Mapping):
        found: dict[str, Any] = copy.deepcopy(dict(item))
        found.pop("object", None)
        found.pop("status", None)
        if not isinstance(found.get("id"), str):
            found["id"] = new_item_id()
        return found if isinstance(found.get("type"), str) else None
    kind = item.type
    if kind == "message":
        said = item.text or item.transcript
        role = item.role or "user"
        part = "output_text" if role == "assistant" else "input_text"
        return {
            "id": item.id,
            "type": "message",
            "role": role,
            "content": [{"type": part, "text": said}],
        }
    if kind == "function_call":
        return {
            "id": item.id,
            "type": "function_call",
            "call_id": item.call_id or "",
            "name": item.name or "",
            "arguments": item.arguments,
        }
    if kind == "function_call_output":
        return {
            "id": item.id,
            "type": "function_call_output",
            "call_id": item.call_id or "",
            "output": item.output or "",
        }
    return None


def _item_of(text: str) -> dict[str, Any] | None:
    """The item of a ``conversation.item.create`` wire text."""
    if '"conversation.item.create"' not in text:
        return None
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    item = payload.get("item") if is_dict(payload) else None
    return item if is_dict(item) else None


def item_id_of(text: str) -> str | None:
    """The item id of a ``conversation.item.create`` wire text (``None``: none given)."""
    item = _item_of(text)
    found = item.get("id") if item is not None else None
    return found if isinstance(found, str) else None


def _output_call_id(text: str) -> str | None:
    """The ``call_id`` a ``function_call_output`` item create answers."""
    item = _item_of(text)
    if item is None or item.get("type") != "function_call_output":
        return None
    found = item.get("call_id")
    return found if isinstance(found, str) else None


def _chars(item: Mapping[str, Any]) -> int:
    size = 0
    for key in ("arguments", "output"):
        value = item.get(key)
        if isinstance(value, str):
            size += len(value)
    content = item.get("content")
    for part in content if is_list(content) else ():
        if is_dict(part):
            for key in ("text", "transcript"):
                value = part.get(key)
                if isinstance(value, str):
                    size += len(value)
    return size

"""A GPT-Live conversation's history, sans I/O: ``conn.history`` on a Live connection.

GPT-Live has no conversation items: what was said comes as transcript fragments of both
sides on the session's timeline (``session.input_transcript.delta``,
``session.output_transcript.delta``; no turn events, no ``done``), and the model hands work
off as delegations (``session.delegation.created``) answered by the app
(``session.commentary.append`` naming the delegation), by a hosted Responses model (its
stream in ``response.event``) or by Decisions (``decision.event``). :class:`LiveHistory`
keeps them in the order they happened: :class:`LiveTranscript` messages (consecutive
fragments of one side make one message) and :class:`LiveDelegation` s with their results.

It is the conversation's one record of what was said: the connection attaches it (an
:class:`~realtime_ext.conversation.Extension`), and the carry
(:class:`~.carry.LiveCarry`) reads
its transcripts when a session starts again with its history as ``input``. The same history
goes on across a reconnect, a fork, a restart and a rollover: each item names the session
it was said in. Bounded like the Realtime history: at most ``max_items`` items (the oldest
let go first, ``evicted`` counts them) and :data:`MAX_HISTORY_CHARS` characters of text.

Example:
    >>> history = LiveHistory()
    >>> history.sent({"type": "session.start", "session": {"model": "gpt-live-1"}})
    >>> history.note_transcript("user", {"delta": "Hi", "start_ms": 0, "end_ms": 200})
    >>> history.note_transcript("assistant", {"delta": "Hello!", "start_ms": 400, "end_ms": 600})
    >>> print(history.transcript())
    user: Hi
    assistant: Hello!
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

from realtime_ext._base.extensions import Extension, Note
from realtime_ext._encode import json_text
from realtime_ext._json import is_dict, is_list
from realtime_ext._max_items import MaxItems, check_max_items
from realtime_ext._redact import short_repr
from realtime_ext._text import BoundedText
from realtime_ext.events import field

__all__ = [
    "DEFAULT_MAX_ITEMS",
    "MAX_HISTORY_CHARS",
    "MAX_TEXT_CHARS",
    "LiveDelegation",
    "LiveHistory",
    "LiveHistoryItem",
    "LiveTranscript",
    "follows_on",
]

DEFAULT_MAX_ITEMS = 3000
"""Items a history keeps, the oldest let go first beyond it (the Realtime history's
default: ``History(max_items=...)``)."""
MAX_HISTORY_CHARS = 256_000
"""Characters of text a history keeps in all (oldest items let go beyond it): hours of
speech, far more than a restart can carry (about 8,192 tokens), bounded over a long
session."""
MAX_TEXT_CHARS = 64_000
"""Characters kept per transcript message or delegation result (the last ones beyond it)."""
MAX_RESULTS = 16
"""Results kept per delegation (the most recent)."""
MAX_PAUSE_MS = 400
"""A pause within one message of a side whose transcript the other side's reply has
overtaken (recorded: 400 ms without a word mid-question, "Can you" then " remind")."""


def follows_on(
    start_ms: int | None, own_end_ms: int | None, reply: tuple[int | None, int | None]
) -> bool:
    """Whether a side's fragment starting at ``start_ms`` still belongs to that side's words
    ending at ``own_end_ms``, though the other side's ``reply`` (its start and end so far)
    came in between: it falls inside the reply and follows on them within
    :data:`MAX_PAUSE_MS`. Live sends each side's windows some 400 ms behind the audio, so
    the user's last words come in after the model's first ones, as recorded (``" name"``,
    ``"You mentioned"``, ``" is"``, ``" your"``, ``"?"``). The history and the telemetry
    decide it here, alike.

    Example:
        >>> follows_on(1_300, 1_200, (1_000, 1_600)), follows_on(1_700, 1_200, (1_000, 1_600))
        (True, False)
    """
    first, last = reply
    return (
        start_ms is not None
        and own_end_ms is not None
        and first is not None
        and last is not None
        and first <= start_ms <= last
        and start_ms <= own_end_ms + MAX_PAUSE_MS
    )


Role = Literal["user", "assistant", "developer", "system"]
ROLES: dict[object, Role] = {
    "user": "user",
    "assistant": "assistant",
    "developer": "developer",
    "system": "system",
}
DelegationStatus = Literal["in_progress", "completed", "failed"]

IN_DELTA = "session.input_transcript.delta"
OUT_DELTA = "session.output_transcript.delta"
DELEGATED = "session.delegation.created"
RESPONSE_EVENT = "response.event"
DECISION_EVENT = "decision.event"
STARTED = "session.started"
START = "session.start"
COMMENTARY = "session.commentary.append"
TOOL_OUTPUT = "response.item.create"
_BACKEND_ENDS = {
    "response.completed": "completed",
    "response.failed": "failed",
    "response.incomplete": "failed",
    "error": "failed",
}


def _int(value: object) -> int | None:
    return value if type(value) is int else None


class LiveTranscript:
    """What one side said: consecutive transcript fragments of ``role`` in one session.

    ``type`` is ``"transcript"`` (narrow a :data:`LiveHistoryItem` on it); ``start_ms`` and
    ``end_ms`` place it on its session's timeline (``None`` for a startup ``input`` item).

    Example:
        >>> item = LiveTranscript("user", "Hi", session_id="live_1", start_ms=0, end_ms=200)
        >>> item.type, item.role, item.text
        ('transcript', 'user', 'Hi')
    """

    __slots__ = ("_kept", "_text", "end_ms", "role", "session_id", "start_ms")

    type: Literal["transcript"] = "transcript"

    def __init__(
        self,
        role: Role,
        text: str,
        *,
        session_id: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
    ) -> None:
        self.role: Role = role
        self._text = BoundedText(text, limit=MAX_TEXT_CHARS)
        self._kept = min(len(text), MAX_TEXT_CHARS)  # len(self._text), kept as it grows
        self.session_id: str | None = session_id
        """The ``live_...`` session it was said in (``None``: before the first started)."""
        self.start_ms: int | None = start_ms
        self.end_ms: int | None = end_ms

    @property
    def text(self) -> str:
        """The words, as the transcript fragments carried them (leading space kept)."""
        return self._text.text()

    def add(self, delta: str) -> int:
        """Append one fragment; how many characters the message grew by (it keeps its last
        :data:`MAX_TEXT_CHARS`)."""
        self._text.add(delta)
        kept = self._kept
        grown = min(kept + len(delta), MAX_TEXT_CHARS) - kept
        self._kept = kept + grown
        return grown

    def __len__(self) -> int:
        return self._kept

    def __repr__(self) -> str:
        text = short_repr(self.text)
        return f"LiveTranscript({self.role!r}, {text}, session_id={self.session_id!r})"


class LiveDelegation:
    """A delegation (``session.delegation.created``) and its results, in order.

    ``type`` is ``"delegation"``. ``target`` is who answers: ``client`` (the app, with
    ``session.commentary.append`` naming :attr:`id`), ``responses`` (the hosted model: its
    tool outputs and final answer) or ``decisions``. ``status`` is ``in_progress`` until
    its result is in: the app's commentary for it, the backend's last response completed
    (one that called no tool), a Decisions result; ``failed`` when the backend failed.

    Example:
        >>> d = LiveDelegation("item_1", "client")
        >>> d.take_sent({"type": "session.commentary.append", "delegation_id": "item_1",
        ...              "content": "It ships Friday."})
        True
        >>> d.status, d.results
        ('completed', ('It ships Friday.',))
    """

    __slots__ = (
        "_calling",
        "_results",
        "id",
        "offset_ms",
        "response_id",
        "session_id",
        "status",
        "target",
    )

    type: Literal["delegation"] = "delegation"

    def __init__(
        self,
        id: str,
        target: str,
        *,
        response_id: str | None = None,
        offset_ms: int | None = None,
        session_id: str | None = None,
    ) -> None:
        self.id: str = id
        self.target: str = target
        """``client``, ``responses`` or ``decisions`` (or a newer target, as given)."""
        self.response_id: str | None = response_id
        """The backend's first response (Responses delegation)."""
        self.offset_ms: int | None = offset_ms
        """Where on the session's timeline the model delegated."""
        self.session_id: str | None = session_id
        self.status: DelegationStatus = "in_progress"
        self._results: deque[str] = deque(maxlen=MAX_RESULTS)
        self._calling = False  # the backend's current response called a tool

    @classmethod
    def of(cls, data: Mapping[str, Any], session_id: str | None = None) -> LiveDelegation | None:
        """The delegation a ``session.delegation.created`` announces (``None``: no id).

        Example:
            >>> LiveDelegation.of({"delegation": {"id": "item_1", "target": "client"}}).id
            'item_1'
        """
        delegation = data.get("delegation")
        if not is_dict(delegation) or not isinstance(delegation.get("id"), str):
            return None
        target = delegation.get("target")
        response_id = delegation.get("response_id")
        return cls(
            delegation["id"],
            target if isinstance(target, str) else "unknown",
            response_id=response_id if isinstance(response_id, str) else None,
            offset_ms=_int(data.get("offset_ms")),
            session_id=session_id,
        )

    @property
    def results(self) -> tuple[str, ...]:
        """What answered it, in order: the app's commentary, the backend's tool outputs and
        final answer, a Decisions result (JSON text); the last :data:`MAX_RESULTS`."""
        return tuple(self._results)

    @property
    def done(self) -> bool:
        """Whether its result is in (or it failed)."""
        return self.status != "in_progress"

    def _result(self, text: str) -> None:
        self._results.append(text[-MAX_TEXT_CHARS:])

    def take_sent(self, payload: Mapping[str, Any]) -> bool:
        """A client event the app sent: its commentary for this delegation is its result,
        a tool output (``response.item.create``) one step of it. ``True`` when this ended it.

        Example:
            >>> LiveDelegation("d", "client").take_sent({"type": "session.thinking.append"})
            False
        """
        kind = payload.get("type")
        if kind == COMMENTARY and payload.get("delegation_id") == self.id:
            content = payload.get("content")
            if isinstance(content, str):
                self._result(content)
            return self._end("completed")
        if kind == TOOL_OUTPUT and self.target == "responses" and not self.done:
            item = payload.get("item")
            output = item.get("output") if is_dict(item) else None
            if isinstance(output, str):
                self._result(output)
        return False

    def take_event(self, kind: str, data: Mapping[str, Any]) -> bool:
        """A ``response.event`` or ``decision.event`` of this delegation. ``True`` when this
        ended it: the backend's response completed without calling a tool (its answer is
        in), or failed; a Decisions result.

        Example:
            >>> d = LiveDelegation("d", "decisions")
            >>> d.take_event("decision.event", {"event": {"type": "decision.completed"}})
            True
        """
        event = data.get("event")
        if not is_dict(event) or self.done:
            return False
        if kind == DECISION_EVENT:
            decision = event.get("decision")
            if decision is not None:
                self._result(json_text(decision))
            return self._end("completed")
        nested = event.get("type")
        if nested == "response.created":
            self._calling = False
        elif nested == "response.output_item.done":
            item = event.get("item")
            if is_dict(item):
                if item.get("type") == "function_call":
                    self._calling = True
                elif item.get("type") == "message":
                    text = _message_text(item)
                    if text:
                        self._result(text)
        elif isinstance(nested, str) and nested in _BACKEND_ENDS:
            ended = _BACKEND_ENDS[nested]
            if ended == "completed" and self._calling:
                return False  # the tool outputs go back: a new response follows
            return self._end("completed" if ended == "completed" else "failed")
        return False

    def _end(self, status: DelegationStatus) -> bool:
        if self.done:
            return False
        self.status = status
        return True

    def __repr__(self) -> str:
        return f"LiveDelegation({self.id!r}, {self.target!r}, status={self.status!r})"


def _message_text(item: Mapping[str, Any]) -> str:
    content = item.get("content")
    if not is_list(content):
        return ""
    return "".join(
        str(part.get("text", "")) for part in content if is_dict(part) and "text" in part
    )


LiveHistoryItem = LiveTranscript | LiveDelegation
"""An item of a :class:`LiveHistory`: narrow it on ``item.type`` (``"transcript"`` or
``"delegation"``)."""


class LiveHistory(Extension, MaxItems):
    """The GPT-Live conversation so far: ``conn.history`` (see the module docstring).

    Iterate it for :data:`LiveHistoryItem` s, oldest first; :meth:`transcript` renders who
    said what; :meth:`input_items` gives the transcripts as ``input`` items (what a restart
    starts with). It goes on across the sessions of one connection. ``max_items`` (default
    :data:`DEFAULT_MAX_ITEMS`) bounds it, as it bounds the Realtime history; set it here or
    as ``conn.history.max_items = N``.

    Example::

        for item in conn.history:
            if item.type == "transcript":
                print(item.role, item.text)
            else:
                print("delegated to", item.target, item.results)
    """

    __slots__ = ("_chars", "_items", "_open", "_role", "evicted", "session_id")

    def __init__(self, *, max_items: int = DEFAULT_MAX_ITEMS) -> None:
        self._max_items = check_max_items(max_items)
        self._items: deque[LiveHistoryItem] = deque()
        self._chars = 0
        self._role: str | None = None  # the side the last fragment was of (None: a new message)
        self._open: dict[str, LiveDelegation] = {}
        self.evicted: int = 0
        """Items let go (oldest first) to stay within ``max_items`` and the text bound."""
        self.session_id: str | None = None
        """The current session's ``live_...`` id."""

    # -- reading ---------------------------------------------------------------------------
    def __iter__(self) -> Iterator[LiveHistoryItem]:
        return iter(tuple(self._items))

    def __len__(self) -> int:
        return len(self._items)

    @property
    def items(self) -> list[LiveHistoryItem]:
        """The items, oldest first."""
        return list(self._items)

    @property
    def delegations(self) -> list[LiveDelegation]:
        """The delegations kept, oldest first."""
        return [item for item in self._items if item.type == "delegation"]

    def transcript(self) -> str:
        """Who said what, one line per item (delegations and their results included).

        Example:
            >>> LiveHistory().transcript()
            ''
        """
        lines: list[str] = []
        for item in self._items:
            if item.type == "transcript":
                lines.append(f"{item.role}: {item.text.strip()}")
            else:
                said = "; ".join(item.results)
                lines.append(f"[delegated to {item.target}: {item.status}] {said}".rstrip())
        return "\n".join(lines)

    def input_items(self) -> list[dict[str, Any]]:
        """The transcripts as ``input`` items (``{"type": "message", "role": ...,
        "content": [{"type": "input_text" | "output_text", "text": ...}]}``), oldest first:
        what an unstored session starts again with, before the API's bounds.

        Example:
            >>> LiveHistory().input_items()
            []
        """
        items: list[dict[str, Any]] = []
        for item in self._items:
            if item.type == "transcript" and (text := item.text.strip()):
                kind = "output_text" if item.role == "assistant" else "input_text"
                content = [{"type": kind, "text": text}]
                items.append({"type": "message", "role": item.role, "content": content})
        return items

    def __repr__(self) -> str:
        return f"<LiveHistory {len(self)} items session={self.session_id!r}>"

    # -- what the connection tells it ------------------------------------------------------
    def notes(self) -> dict[str, Note | None]:
        return {
            IN_DELTA: self._user,
            OUT_DELTA: self._assistant,
            DELEGATED: self._delegated,
            RESPONSE_EVENT: self._delegation_event,
            DECISION_EVENT: self._decision_event,
            STARTED: self._started,
        }

    def sent(self, payload: dict[str, Any]) -> None:
        kind = payload.get("type")
        if kind == START:
            session = payload.get("session")
            if is_dict(session) and "model" in session:  # the primary's (a fork's inherits)
                for item in session.get("input") or ():
                    role = item.get("role") if is_dict(item) else None
                    if role in ROLES:
                        self._add(LiveTranscript(ROLES[role], _message_text(item)))
                self._role = None
        elif kind in (COMMENTARY, TOOL_OUTPUT) and self._open:
            for delegation in list(self._open.values()):
                self._step(delegation, delegation.take_sent, payload)

    def note_transcript(self, role: Role, event: object) -> None:
        """A transcript fragment of ``role`` (the event, or its JSON object): added to the
        message in progress of that side, or a new one."""
        # The JSON object, or a flat event decoded from the wire (its fields read directly;
        # anything else through field(), which knows every kind of event).
        start: object
        end: object
        data: Any = event  # read through this name: narrowing ``event`` would type no keys
        if type(event) is dict:
            delta, start, end = data.get("delta"), data.get("start_ms"), data.get("end_ms")
        elif (delta := getattr(event, "delta", None)) is not None:  # unset: not an int
            start, end = getattr(event, "start_ms", None), getattr(event, "end_ms", None)
        else:
            delta, start, end = (field(event, name) for name in ("delta", "start_ms", "end_ms"))
        if not isinstance(delta, str) or not delta:
            return
        start_ms, end_ms = _int(start), _int(end)
        message = self._continued(role, start_ms)
        if message is not None:
            # What the message keeps (its last MAX_TEXT_CHARS), as _drop takes it away.
            self._chars += message.add(delta)
            if end_ms is not None:
                message.end_ms = end_ms
            self._trim()
        else:
            self._add(
                LiveTranscript(
                    role, delta, session_id=self.session_id, start_ms=start_ms, end_ms=end_ms
                )
            )
        self._role = role

    def _continued(self, role: Role, start_ms: int | None) -> LiveTranscript | None:
        """The message a fragment of ``role`` starting at ``start_ms`` goes on, if any: the
        last item, when of that side; or, full duplex, the message of that side just
        before it, when the fragment falls inside the other side's reply so far and follows
        on that message (:func:`follows_on`)."""
        if self._role is None or not self._items:
            return None
        last = self._items[-1]
        if last.type != "transcript":
            return None
        if last.role == role:
            return last
        if len(self._items) < 2:
            return None
        before = self._items[-2]
        if (
            before.type == "transcript"
            and before.role == role
            and before.session_id == last.session_id
            and follows_on(start_ms, before.end_ms, (last.start_ms, last.end_ms))
        ):
            return before
        return None

    def _user(self, event: object) -> None:
        self.note_transcript("user", event)

    def _assistant(self, event: object) -> None:
        self.note_transcript("assistant", event)

    def _started(self, data: object) -> None:
        session = field(data, "session")
        found = session.get("id") if is_dict(session) else getattr(session, "id", None)
        self.session_id = found if isinstance(found, str) else None
        self._role = None  # a new session's first fragment starts a new message
        self._open.clear()  # a delegation id is valid only on the connection that made it

    def _delegated(self, data: object) -> None:
        if not is_dict(data):
            return
        delegation = LiveDelegation.of(data, self.session_id)
        if delegation is None:
            return
        self._add(delegation)
        self._role = None
        self._open[delegation.id] = delegation
        while len(self._open) > MAX_RESULTS * 4:  # never answered: bounded too
            del self._open[next(iter(self._open))]

    def _delegation_event(self, data: object) -> None:
        self._take(RESPONSE_EVENT, data)

    def _decision_event(self, data: object) -> None:
        self._take(DECISION_EVENT, data)

    def _take(self, kind: str, data: object) -> None:
        if not is_dict(data):
            return
        found = data.get("delegation_id")
        delegation = self._open.get(found) if isinstance(found, str) else None
        if delegation is not None:
            self._step(delegation, lambda data: delegation.take_event(kind, data), data)

    def _step(
        self,
        delegation: LiveDelegation,
        take: Callable[[Mapping[str, Any]], bool],
        data: Mapping[str, Any],
    ) -> None:
        """Give ``delegation`` what may answer it; its results' size counted in the bound."""
        before = _size(delegation)
        if take(data):
            del self._open[delegation.id]
        self._chars += _size(delegation) - before
        self._trim()

    # -- bounds ----------------------------------------------------------------------------
    def _add(self, item: LiveHistoryItem) -> None:
        self._items.append(item)
        self._chars += _size(item)
        self._trim()

    def _trim(self) -> None:
        while len(self._items) > 1 and (
            len(self._items) > self._max_items or self._chars > MAX_HISTORY_CHARS
        ):
            self._drop()

    def _evict(self) -> None:
        while len(self._items) > self._max_items:
            self._drop()

    def _drop(self) -> None:
        gone = self._items.popleft()
        self._chars -= _size(gone)
        self.evicted += 1
        if gone.type == "delegation":
            self._open.pop(gone.id, None)


def _size(item: LiveHistoryItem) -> int:
    if item.type == "transcript":
        return len(item)
    return sum(len(text) for text in item.results)

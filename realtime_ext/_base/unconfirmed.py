"""Which sends the server has not confirmed yet (sans-I/O): the one place that knows.

A send that went into a socket is not yet a send the server acted on: the line can drop
with it in flight. The conversation core tells :class:`Unconfirmed` what it sent and the
server events that confirm a send, and asks it, when a connection is lost, what is still
unconfirmed: reported in a typed error (:class:`~realtime_ext.UnconfirmedSends` on
``ConnectionClosed`` / ``ReconnectError``) when there is no new connection, or carried into
the new session after a reconnect.

What confirms what (the server handles a connection's events in order):

* ``conversation.item.create`` - the ``conversation.item.added`` (GA) or
  ``conversation.item.created`` (beta) of its item: by item id when the app gave one, else
  the oldest id-less one pending. Items the server makes itself (a response's output,
  announced first by ``response.output_item.added``; committed input audio, announced first
  by ``input_audio_buffer.committed``) are recognised by id and confirm nothing.
* ``response.create`` - ``response.created`` (oldest first).
* ``input_audio_buffer.append`` - nothing ever confirms an append: the audio since the last
  ``input_audio_buffer.committed`` (or ``cleared``) is what
  a lost session takes with it (an ``input_audio_buffer.clear`` sent discards it).
* a kind's acknowledged appends (its carry's ``acked_appends``: GPT-Live's
  ``session.commentary.append``, ``session.thinking.append`` and
  ``session.instructions.append``) - their acknowledgement (``*.appended``, in order, per
  kind); reported among ``items``.
* an ``error`` event naming a pending send's ``event_id`` settles it (refused, not lost).

Everything is bounded: at most :data:`MAX_PENDING` items and response requests (a server
that never confirms cannot grow it; the oldest beyond are dropped and counted), at most
``max_audio_chars`` of base64 audio, or what ``limit()`` says at each append (a
conversation's carry: a second of it while the user is silent; the oldest appends beyond
are counted in ``audio_dropped``), and the ids the server announced itself
(:data:`MAX_SERVER_IDS`).

Example:
    >>> book = Unconfirmed()
    >>> book.sent("conversation.item.create", {"item": {"type": "message"}}, "{...}")
    >>> book.sent("response.create", {}, '{"type":"response.create"}')
    >>> book.received("conversation.item.added", {"item": {"id": "item_1"}})
    >>> book.report().items, book.report().responses
    ((), ({'type': 'response.create'},))
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from realtime_ext._exceptions import UnconfirmedSends
from realtime_ext._json import is_dict

from .errors import answered_event_id
from .pcm import AUDIO_APPEND

__all__ = ["CONFIRMING", "MAX_PENDING", "MAX_SERVER_IDS", "NO_ACKS", "Unconfirmed", "acks_of"]

ITEM_CREATE = "conversation.item.create"
RESPONSE_CREATE = "response.create"
AUDIO_CLEAR = "input_audio_buffer.clear"
"""A send after which the appended audio is no longer the caller's pending speech (a
``commit`` is not: until ``input_audio_buffer.committed`` the audio may be lost with it)."""

NO_ACKS: Mapping[str, str] = {}
"""A kind with no acknowledged appends (the Realtime conversation, translation)."""

CONFIRMING = frozenset(
    {
        "conversation.item.added",
        "conversation.item.created",
        "response.output_item.added",
        "input_audio_buffer.committed",
        "input_audio_buffer.cleared",
        "response.created",
        "error",
    }
)
"""The server event types :meth:`Unconfirmed.received` looks at (the core's watch list),
besides the acknowledgements of its kind's appends."""

MAX_PENDING = 256
"""Items (and, apart, response requests) kept unconfirmed at most."""
MAX_SERVER_IDS = 64
"""Ids of server-made items remembered until their ``conversation.item.added``."""
DEFAULT_MAX_AUDIO_CHARS = 8 * 2**20
"""Base64 audio kept since the last commit: 8 MiB of text, about 2.7 min of 24 kHz PCM16."""


def acks_of(appends: Mapping[str, str]) -> Mapping[str, str]:
    """The acknowledgement events of ``appends`` (client event type -> its acknowledgement),
    each mapped back to the append it confirms.

    Example:
        >>> acks_of({"session.commentary.append": "session.commentary.appended"})
        {'session.commentary.appended': 'session.commentary.append'}
    """
    return {ack: kind for kind, ack in appends.items()}


def _item_id(data: dict[str, Any]) -> str | None:
    item = data.get("item")
    found = item.get("id") if is_dict(item) else None
    return found if isinstance(found, str) else None


class Unconfirmed:
    """The sends of one connection the server has not confirmed yet (see the module doc).

    ``sent`` and ``received`` are called by the conversation core for every client event
    it sends and every :data:`CONFIRMING` server event; :meth:`report` is what a lost
    connection leaves unconfirmed, :meth:`take` the same and starts afresh (a new
    connection). :meth:`pending_texts` gives the wire texts, oldest first, for a carry-over
    that sends them again exactly once.
    """

    __slots__ = (
        "_acks",
        "_appends",
        "_audio",
        "_audio_chars",
        "_audio_dropped",
        "_items",
        "_responses",
        "_server_ids",
        "dropped",
        "limit",
        "max_audio_chars",
    )

    def __init__(
        self,
        *,
        max_audio_chars: int = DEFAULT_MAX_AUDIO_CHARS,
        limit: Callable[[], int] | None = None,
        appends: Mapping[str, str] = NO_ACKS,
        acks: Mapping[str, str] = NO_ACKS,
    ) -> None:
        # The kind's acknowledged appends, both ways (its carry's tables, shared by every
        # book: made once per kind, not once per connection).
        self._appends = appends
        self._acks = acks
        self.max_audio_chars = max_audio_chars
        self.limit = limit
        """The audio bound at each append, when it changes (the carry's ``audio_limit``:
        smaller while the user is silent); ``max_audio_chars`` when ``None``."""
        # (item id or None, event_id or None, wire text), oldest first. Lists, not deques:
        # a book is made for every connection, an empty deque holds 760 bytes (a list 56),
        # and what is taken from the front is a few entries (bounded by MAX_PENDING).
        self._items: list[tuple[str | None, str | None, str]] = []
        self._responses: list[tuple[str | None, str]] = []
        self._audio: list[str] = []  # base64 chunks since the last commit
        self._audio_chars = 0
        self._audio_dropped = 0
        self._server_ids: dict[str, None] = {}
        self.dropped = 0
        """Items or response requests left out because over :data:`MAX_PENDING`."""

    def __bool__(self) -> bool:
        return bool(self._items or self._responses or self._audio or self._audio_dropped)

    # -- what the core tells it ----------------------------------------------------------
    def sent(self, kind: str, payload: dict[str, Any], text: str) -> None:
        """A client event of type ``kind`` (its ``payload`` and wire ``text``) went out."""
        if kind == AUDIO_APPEND:
            audio = payload.get("audio")
            if isinstance(audio, str):
                self._add_audio(audio)
        elif kind == ITEM_CREATE or kind in self._appends:
            if len(self._items) >= MAX_PENDING:
                del self._items[0]
                self.dropped += 1
            event_id = payload.get("event_id")
            # An append is keyed by its kind: its acknowledgement names no id, and comes in order.
            key = kind if kind in self._appends else _item_id(payload)
            self._items.append((key, event_id if isinstance(event_id, str) else None, text))
        elif kind == RESPONSE_CREATE:
            if len(self._responses) >= MAX_PENDING:
                del self._responses[0]
                self.dropped += 1
            event_id = payload.get("event_id")
            self._responses.append((event_id if isinstance(event_id, str) else None, text))
        elif kind == AUDIO_CLEAR:
            self._clear_audio()

    def sent_text(self, text: str) -> None:
        """:meth:`sent` for a wire text only (a queued send flushed after a reconnect)."""
        try:
            payload = json.loads(text)
        except ValueError:
            return
        if is_dict(payload) and isinstance(kind := payload.get("type"), str):
            self.sent(kind, payload, text)

    def received(self, kind: str, data: dict[str, Any]) -> None:
        """A :data:`CONFIRMING` server event, or an acknowledgement of one of the kind's
        appends (``data``: its JSON object), arrived."""
        if kind in self._acks:
            self._item_confirmed(self._acks[kind])
        elif kind in ("conversation.item.added", "conversation.item.created"):
            self._item_confirmed(_item_id(data))
        elif kind == "response.created":
            if self._responses:
                del self._responses[0]
        elif kind == "response.output_item.added":
            self._server_made(_item_id(data))
        elif kind == "input_audio_buffer.committed":
            found = data.get("item_id")
            self._server_made(found if isinstance(found, str) else None)
            self._clear_audio()
        elif kind == "input_audio_buffer.cleared":
            self._clear_audio()
        elif kind == "error":
            error = data.get("error")
            event_id = answered_event_id(error) if is_dict(error) else None
            if event_id is not None:
                self._refused(event_id)

    # -- what it tells ---------------------------------------------------------------------
    def report(self) -> UnconfirmedSends:
        """What is unconfirmed now, as the typed report errors carry."""
        return UnconfirmedSends(
            items=tuple(json.loads(text) for _, _, text in self._items),
            responses=tuple(json.loads(text) for _, text in self._responses),
            audio=tuple(self._audio),
            audio_dropped=self._audio_dropped,
        )

    def pending_texts(self) -> tuple[list[str], list[str], list[str]]:
        """The wire texts of the unconfirmed items, response requests and audio appends
        (each oldest first), for a carry-over that sends them again."""
        items = [text for _, _, text in self._items]
        responses = [text for _, text in self._responses]
        audio = [json.dumps({"type": AUDIO_APPEND, "audio": chunk}) for chunk in self._audio]
        return items, responses, audio

    def take(self) -> UnconfirmedSends:
        """:meth:`report`, then forget everything (the connection it was about is gone)."""
        report = self.report()
        self.clear()
        return report

    def clear(self) -> None:
        """Forget everything."""
        self._items.clear()
        self._responses.clear()
        self._clear_audio()
        self._audio_dropped = 0
        self._server_ids.clear()

    # -- bookkeeping -------------------------------------------------------------------
    def _item_confirmed(self, item_id: str | None) -> None:
        if item_id is not None and self._server_ids.pop(item_id, 0) is None:
            return  # made by the server itself (a response's output, committed audio)
        items = self._items
        if item_id is not None:
            for index, (pending_id, _, _) in enumerate(items):
                if pending_id == item_id:
                    del items[index]
                    return
        for index, (pending_id, _, _) in enumerate(items):
            if pending_id is None:  # the server gave the oldest id-less item its id
                del items[index]
                return

    def _server_made(self, item_id: str | None) -> None:
        if item_id is None:
            return
        if len(self._server_ids) >= MAX_SERVER_IDS:
            self._server_ids.pop(next(iter(self._server_ids)))
        self._server_ids[item_id] = None

    def _refused(self, event_id: str) -> None:
        for index, (_, pending, _) in enumerate(self._items):
            if pending == event_id:
                del self._items[index]
                return
        for index, (pending, _) in enumerate(self._responses):
            if pending == event_id:
                del self._responses[index]
                return

    def _add_audio(self, chunk: str) -> None:
        self._audio.append(chunk)
        self._audio_chars += len(chunk)
        limit = self.max_audio_chars if self.limit is None else self.limit()
        audio, drop = self._audio, 0
        while self._audio_chars > limit and len(audio) - drop > 1:
            self._audio_chars -= len(audio[drop])
            drop += 1
        if drop:
            del audio[:drop]
            self._audio_dropped += drop

    def _clear_audio(self) -> None:
        self._audio.clear()
        self._audio_chars = 0

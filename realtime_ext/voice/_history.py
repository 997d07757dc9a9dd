"""The live conversation, sans I/O: items in server order, built from received events.

:class:`History` applies every event that changes the conversation: items added (placed
after their ``previous_item_id``, even when that item arrives later), text, transcript,
audio and function-call argument deltas, truncations (the audio after the cut and the
part's whole transcript go), deletions, retrievals and cancelled responses. A new server
session (after a reconnect) starts a new history; the old one is kept, marked ``ended``,
as ``previous``.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from realtime_ext import InvalidArgumentError
from realtime_ext.audio import PCM, AudioFormat, output_format_of
from realtime_ext.conversation import event_type
from realtime_ext.events import as_dict, b64_size
from realtime_ext.events import field as get
from realtime_ext.provider import (
    DEFAULT_MAX_TEXT_CHARS,
    BoundedText,
    MaxItems,
    check_max_items,
    is_list,
    is_mapping,
    short_repr,
)

DEFAULT_MAX_AUDIO_BYTES = 32 * 2**20
"""Audio kept across a history when ``keep_audio=True``: about 11 minutes of PCM 24 kHz."""
MAX_PREVIOUS_SESSIONS = 4
DEFAULT_MAX_ITEMS = 3000
"""Items a history keeps (the oldest go first beyond it): an hour of brisk conversation
is about 1,000; a model's context holds far fewer. Set ``History(max_items=...)`` or
``conn.history.max_items``."""
MAX_PART_CHARS = DEFAULT_MAX_TEXT_CHARS
"""Characters kept per text, transcript and function arguments (the last ones beyond it)."""
_ROOT = object()  # previous_item_id reported as null: the item is first
_UNKNOWN = object()  # no previous_item_id in the event: append

HISTORY_HANDLERS: dict[str, Callable[[History, object], None]] = {}
"""What :meth:`History.apply` does with each event type it reads (Voice watches these)."""
_Handler = TypeVar("_Handler", bound="Callable[[History, object], None]")


def _handles(*kinds: str) -> Callable[[_Handler], _Handler]:
    """Register the decorated method as the handler of events of ``kinds``."""

    def register(handler: _Handler) -> _Handler:
        for kind in kinds:
            HISTORY_HANDLERS[kind] = handler
        return handler

    return register


def check_audio_keeping(keep_audio: object, max_audio_bytes: object) -> tuple[bool, int]:
    """``keep_audio`` (a bool) and ``max_audio_bytes`` (an int >= 0), checked: a
    :class:`History`'s and ``connect()``'s voice arguments alike.

    Example:
        >>> check_audio_keeping(True, 1024)
        (True, 1024)
    """
    if not isinstance(keep_audio, bool):
        raise InvalidArgumentError(f"keep_audio must be a bool, got {keep_audio!r}")
    if (
        isinstance(max_audio_bytes, bool)
        or not isinstance(max_audio_bytes, int)
        or max_audio_bytes < 0
    ):
        raise InvalidArgumentError(f"max_audio_bytes must be an int >= 0, got {max_audio_bytes!r}")
    return keep_audio, max_audio_bytes


class HistoryPart:
    """One content part of a message item (``content_index`` is its position).

    ``text`` and ``transcript`` grow by deltas in amortised constant time and keep at most
    their last :data:`MAX_PART_CHARS` characters, however much a server sends.
    """

    __slots__ = ("_text", "_transcript", "audio", "type")

    def __init__(
        self,
        type: str,
        text: str = "",
        transcript: str = "",
        audio: bytearray | None = None,
    ) -> None:
        self.type: str = type
        self._text = BoundedText(text, limit=MAX_PART_CHARS)
        self._transcript = BoundedText(transcript, limit=MAX_PART_CHARS)
        self.audio: bytearray | None = audio

    @property
    def text(self) -> str:
        """The part's text."""
        return self._text.text()

    @text.setter
    def text(self, value: str) -> None:
        self._text.set(value)

    @property
    def transcript(self) -> str:
        """The part's audio transcript."""
        return self._transcript.text()

    @transcript.setter
    def transcript(self, value: str) -> None:
        self._transcript.set(value)

    def add_text(self, delta: str) -> None:
        """Append a text delta."""
        self._text.add(delta)

    def add_transcript(self, delta: str) -> None:
        """Append a transcript delta."""
        self._transcript.add(delta)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HistoryPart):
            return NotImplemented
        return (self.type, self.text, self.transcript, self.audio) == (
            other.type,
            other.text,
            other.transcript,
            other.audio,
        )

    def __repr__(self) -> str:
        return (
            f"HistoryPart(type={self.type!r}, text={self.text!r}, "
            f"transcript={self.transcript!r}, audio={self.audio!r})"
        )


@dataclass(slots=True)
class HistoryItem:
    """One conversation item as it stands now.

    ``text`` joins the text parts, ``transcript`` the audio transcripts (the user's input
    transcription or the assistant's speech); ``audio`` is kept only with
    ``keep_audio=True`` (and may be dropped, oldest first, past the size cap:
    ``audio_dropped``). ``truncated_at_ms`` is set when the item was truncated: its
    transcript is gone (all of it, as on the server: text cannot be cut at a millisecond).
    """

    id: str
    type: str
    role: str | None = None
    status: str | None = None
    parts: list[HistoryPart] = field(default_factory=lambda: [])
    name: str | None = None
    call_id: str | None = None
    _arguments: BoundedText = field(default_factory=lambda: BoundedText(limit=MAX_PART_CHARS))
    output: str | None = None
    truncated_at_ms: int | None = None
    audio_ms: float = 0.0
    audio_dropped: bool = False
    response_id: str | None = None

    @property
    def arguments(self) -> str:
        """A function call's arguments (JSON text, grown by deltas; capped like a part)."""
        return self._arguments.text()

    @arguments.setter
    def arguments(self, value: str) -> None:
        self._arguments.set(value)

    def add_arguments(self, delta: str) -> None:
        """Append a function-call arguments delta."""
        self._arguments.add(delta)

    @property
    def text(self) -> str:
        """The text of the item's text parts, joined."""
        return "".join(p.text for p in self.parts)

    @property
    def transcript(self) -> str:
        """The transcript of the item's audio parts, joined."""
        return "".join(p.transcript for p in self.parts)

    @property
    def audio(self) -> bytes | None:
        """The item's audio (``None`` unless kept)."""
        chunks = [bytes(p.audio) for p in self.parts if p.audio is not None]
        return b"".join(chunks) if chunks else None

    @property
    def content(self) -> str:
        """What the item says: text, else transcript, else function arguments or output."""
        return self.text or self.transcript or (self.output or "") or self.arguments


class History(MaxItems):
    """The conversation of one server session, in server order.

    Iterate it for :class:`HistoryItem` s, index it by item id, ``len()`` it;
    :meth:`transcript` renders who said what. ``ended`` is ``True`` once a reconnect
    started a new session, which is then ``conn.history`` (this one is its ``previous``).

    Memory is bounded: at most ``max_items`` items are kept (default
    :data:`DEFAULT_MAX_ITEMS`, 3,000), the oldest let go first (``evicted`` counts them), so
    a conversation of any length holds a few MiB at most. Set it here or, on a
    connection, as ``conn.history.max_items = N`` (later sessions keep the setting).

    Example:
        >>> history = History()
        >>> history.apply({"type": "conversation.item.added", "previous_item_id": None,
        ...                "item": {"id": "i1", "type": "message", "role": "user",
        ...                         "content": [{"type": "input_text", "text": "Hi"}]}})
        >>> print(history.transcript())
        user: Hi
    """

    def __init__(
        self,
        *,
        keep_audio: bool = False,
        max_audio_bytes: int = DEFAULT_MAX_AUDIO_BYTES,
        session_id: str | None = None,
        previous: History | None = None,
        max_items: int = DEFAULT_MAX_ITEMS,
    ) -> None:
        self._max_items = check_max_items(max_items)
        self.evicted: int = 0
        """Items let go (oldest first) to stay within ``max_items``."""
        # Annotated apart: a tuple target takes no annotation (public type completeness).
        self.keep_audio: bool
        self.max_audio_bytes: int
        self.keep_audio, self.max_audio_bytes = check_audio_keeping(keep_audio, max_audio_bytes)
        self.session_id = session_id
        self.previous = previous
        self.ended = False
        self.format = PCM  # the session's output format (sets _bytes_per_second too)
        self._items: dict[str, HistoryItem] = {}
        self._order: list[str] = []
        self._waiting: dict[str, list[str]] = {}  # previous id not seen yet -> items after it
        self._audio_bytes = 0
        self._out_of_band: list[str] = []  # responses outside the conversation (recent ones)
        # The part deltas last went to (see _part_at); parts are only ever appended to an
        # item, so it stays right until its item is deleted.
        self._hot: tuple[str, int, tuple[HistoryItem, HistoryPart]] | None = None

    @property
    def format(self) -> AudioFormat:
        """The session's output audio format (as last reported by the server)."""
        return self._format

    @format.setter
    def format(self, value: AudioFormat) -> None:
        self._format = value
        # AudioFormat.ms's divisor, kept for the voice extension's audio delta path (one
        # division there, not a method call per delta: the same float).
        self._bytes_per_second = value.rate * value.sample_width

    def _evict(self) -> None:
        """Let the oldest items go while more than ``max_items`` are held."""
        excess = len(self._order) - self._max_items
        if excess <= 0:
            return
        gone, self._order = self._order[:excess], self._order[excess:]
        for item_id in gone:
            item = self._items.pop(item_id)
            for part in item.parts:
                if part.audio is not None:
                    self._audio_bytes -= len(part.audio)
        self._hot = None
        self.evicted += excess

    # -- reading ---------------------------------------------------------------------------
    def __iter__(self) -> Iterator[HistoryItem]:
        return (self._items[i] for i in self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, item_id: str) -> HistoryItem:
        return self._items[item_id]

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._items

    @property
    def items(self) -> list[HistoryItem]:
        """The items in conversation order."""
        return list(self)

    @property
    def audio_bytes(self) -> int:
        """Bytes of audio kept (0 unless ``keep_audio``)."""
        return self._audio_bytes

    def transcript(self) -> str:
        """Who said what, one line per item (function calls and outputs included).

        Example:
            >>> History().transcript()
            ''
        """
        lines: list[str] = []
        for item in self:
            if item.type == "function_call":
                lines.append(f"assistant called {item.name}({item.arguments})")
            elif item.type == "function_call_output":
                lines.append(f"tool: {item.output or ''}")
            elif item.type == "message":
                said = item.text or item.transcript
                if not said and any("audio" in p.type for p in item.parts):
                    said = "[audio]"
                if item.truncated_at_ms is not None:
                    said = said if said != "[audio]" else ""
                    said = f"{said} [interrupted at {item.truncated_at_ms} ms]".lstrip()
                lines.append(f"{item.role or 'unknown'}: {said}")
            else:
                lines.append(f"[{item.type}]")
        return "\n".join(lines)

    def __repr__(self) -> str:
        state = " ended" if self.ended else ""
        return f"<History {len(self)} items session={self.session_id!r}{state}>"

    # -- applying events -------------------------------------------------------------------
    def apply(self, event: object, kind: str | None = None) -> None:
        """Apply one received server event (typed or dict); others are ignored. ``kind``:
        its type, when the caller has read it already."""
        if kind is None:
            kind = event_type(event)
        elif not isinstance(kind, str):
            raise InvalidArgumentError(
                f"kind must be an event type (a str), got {short_repr(kind)}"
            )
        handler = HISTORY_HANDLERS.get(kind)
        if handler is not None:
            handler(self, event)

    @_handles("session.created", "session.updated")
    def _on_session(self, event: object) -> None:
        session = as_dict(event).get("session")
        if is_mapping(session):
            found = output_format_of(session)
            if found is not None:
                self.format = found

    def _place(self, item_id: str, previous: object) -> None:
        """Put a new item (just added to ``_items``) in ``_order``: the two hold the same ids,
        so it is not there yet."""
        order = self._order
        if previous is _ROOT:
            order.insert(0, item_id)
        elif isinstance(previous, str) and previous in self._items and previous != item_id:
            # Nearly always after the last item: appended without searching the whole list
            # (an hour-long conversation has thousands of items).
            if order[-1] == previous:
                order.append(item_id)
            else:
                order.insert(order.index(previous) + 1, item_id)
        else:
            order.append(item_id)
            if isinstance(previous, str) and previous != item_id:
                self._waiting.setdefault(previous, []).append(item_id)
                if len(self._waiting) > self._max_items:  # ids that never came: bounded too
                    del self._waiting[next(iter(self._waiting))]
        for follower in reversed(self._waiting.pop(item_id, [])):
            if follower in self._items:
                order.remove(follower)
                order.insert(order.index(item_id) + 1, follower)

    def _upsert(self, raw: object, previous: object = _UNKNOWN) -> HistoryItem | None:
        if not is_mapping(raw) or not isinstance(raw.get("id"), str):
            return None
        item_id: str = raw["id"]
        item = self._items.get(item_id)
        if item is None:
            item = HistoryItem(id=item_id, type=str(raw.get("type") or "unknown"))
            self._items[item_id] = item
            self._place(item_id, previous)
            if len(self._order) > self._max_items:
                self._evict()
                if item_id not in self._items:
                    return None  # placed first and let go at once (older than every other)
        # Written out, not looped with setattr: every item event comes through here.
        get = raw.get
        if isinstance(value := get("role"), str):
            item.role = value
        if isinstance(value := get("status"), str):
            item.status = value
        if isinstance(value := get("name"), str):
            item.name = value
        if isinstance(value := get("call_id"), str):
            item.call_id = value
        if isinstance(value := get("arguments"), str) and value:
            item.arguments = value
        if isinstance(value := get("output"), str):
            item.output = value
        content = get("content")
        if content:  # an empty list (or nothing) changes no part
            self._merge_parts(item, content)
        return item

    @staticmethod
    def _merge_parts(item: HistoryItem, content: object) -> None:
        """Merge an item's ``content`` (a JSON array; its objects are the parts, in order)
        into its parts: what a part says replaces what it said before, nothing empties it."""
        parts = item.parts
        index = 0
        for raw in content if is_list(content) else ():
            if not is_mapping(raw):
                continue  # not a part: the next object still takes this index
            kind, text, transcript = raw.get("type"), raw.get("text"), raw.get("transcript")
            kind = str(kind or "")
            text = text if isinstance(text, str) else ""
            transcript = transcript if isinstance(transcript, str) else ""
            if index < len(parts):  # merged field by field: no part object built to copy
                mine = parts[index]
                if kind:
                    mine.type = kind
                if text:
                    mine.text = text
                if transcript and item.truncated_at_ms is None:
                    mine.transcript = transcript
            else:
                parts.append(HistoryPart(type=kind, text=text, transcript=transcript))
            index += 1

    def _previous_of(self, event: object) -> object:
        data = as_dict(event)
        if "previous_item_id" not in data:
            return _UNKNOWN
        previous = data["previous_item_id"]
        return previous if isinstance(previous, str) else _ROOT

    @_handles("conversation.item.added", "conversation.item.created")  # beta name
    def _on_item_added(self, event: object) -> None:
        self._upsert(as_dict(event).get("item"), self._previous_of(event))

    @_handles("conversation.item.done", "conversation.item.retrieved")
    def _on_item_update(self, event: object) -> None:
        self._upsert(as_dict(event).get("item"))

    @_handles("response.created")
    def _on_response_created(self, event: object) -> None:
        response = as_dict(event).get("response")
        # conversation_id null: response.create had conversation "none"; its items never
        # join the conversation.
        if (
            is_mapping(response)
            and "conversation_id" in response
            and response["conversation_id"] is None
            and isinstance(response.get("id"), str)
        ):
            self._out_of_band = [*self._out_of_band[-15:], response["id"]]

    @_handles("response.output_item.added", "response.output_item.done")
    def _on_output_item(self, event: object) -> None:
        response_id = get(event, "response_id")
        if response_id in self._out_of_band:
            return
        item = self._upsert(as_dict(event).get("item"))
        if item is not None and isinstance(response_id, str):
            item.response_id = response_id

    def _part(self, event: object) -> tuple[HistoryItem, HistoryPart] | None:
        return self._part_at(get(event, "item_id"), get(event, "content_index"))

    def _part_at(self, item_id: object, index: object) -> tuple[HistoryItem, HistoryPart] | None:
        """The item and its part ``index`` (added, empty, up to it), or ``None`` when the
        item is unknown or the index is not a sane one."""
        # Deltas come in runs for one part: the last part found answers them without the
        # checks (exact types only, so a bool or float index still takes the full path).
        hot = self._hot
        if hot is not None and hot[0] == item_id and hot[1] == index and type(index) is int:
            return hot[2]
        item = self._item(item_id)
        if item is None or not isinstance(index, int) or index < 0 or index > 1024:
            return None
        parts = item.parts
        while len(parts) <= index:
            parts.append(HistoryPart(type=""))
        found = item, parts[index]
        if type(item_id) is str and type(index) is int:
            self._hot = (item_id, index, found)
        return found

    @_handles("response.content_part.added")
    def _on_part_added(self, event: object) -> None:
        found = self._part(event)
        part = as_dict(event).get("part")
        if found is not None and is_mapping(part) and isinstance(part.get("type"), str):
            found[1].type = part["type"]

    @_handles("response.output_text.delta", "response.text.delta")
    def _on_text_delta(self, event: object) -> None:
        self.text_delta(get(event, "item_id"), get(event, "content_index"), get(event, "delta"))

    def text_delta(self, item_id: object, index: object, delta: object) -> None:
        """Apply one text delta given its fields."""
        found = self._part_at(item_id, index)
        if found is not None and isinstance(delta, str):
            found[1].add_text(delta)

    @_handles("response.output_text.done", "response.text.done")
    def _on_text_done(self, event: object) -> None:
        found, text = self._part(event), get(event, "text")
        if found is not None and isinstance(text, str):
            found[1].text = text

    @_handles("response.output_audio_transcript.delta", "response.audio_transcript.delta")
    def _on_transcript_delta(self, event: object) -> None:
        self.transcript_delta(
            get(event, "item_id"), get(event, "content_index"), get(event, "delta")
        )

    def transcript_delta(self, item_id: object, index: object, delta: object) -> None:
        """Apply one transcript delta given its fields (ignored once the item is truncated:
        the server dropped its transcript)."""
        found = self._part_at(item_id, index)
        if found is not None and isinstance(delta, str) and found[0].truncated_at_ms is None:
            found[1].add_transcript(delta)

    @_handles("response.output_audio_transcript.done", "response.audio_transcript.done")
    def _on_transcript_done(self, event: object) -> None:
        found, text = self._part(event), get(event, "transcript")
        if found is not None and isinstance(text, str) and found[0].truncated_at_ms is None:
            found[1].transcript = text

    @_handles("response.output_audio.delta", "response.audio.delta")
    def _on_audio_delta(self, event: object) -> None:
        delta = get(event, "delta")
        if isinstance(delta, str):
            self.audio_delta(get(event, "item_id"), get(event, "content_index"), delta)

    def apply_delta(
        self,
        apply: Callable[[History, object, object, object], None] | None,
        item_id: object,
        index: object,
        delta: object,
    ) -> int:
        """Apply one delta given its fields, most of the traffic (the voice extension's path):
        ``apply`` is :meth:`text_delta` or :meth:`transcript_delta`, ``None`` for audio.
        Returns an audio delta's decoded size (0 for any other delta).

        The part the previous delta went to (nearly always) takes it here, with what those
        methods do once their cache answers and no call (measured: about 0.02 of the
        raw-websockets ratio); a miss takes the methods.

        Example::

            size = history.apply_delta(None, "item_1", 0, "AAAA")
        """
        hot = self._hot
        if (
            hot is None
            or hot[0] != item_id
            or hot[1] != index
            or type(index) is not int
            or type(delta) is not str
        ):
            if apply is not None:
                apply(self, item_id, index, delta)
                return 0
            if type(delta) is not str:
                return 0
            size = b64_size(delta)
            self.audio_delta(item_id, index, delta, size)
            return size
        item, part = hot[2]
        if apply is None:
            n = len(delta)  # b64_size(delta), inlined: a call is a tenth of this path
            size = n // 4 * 3 - (delta[-1] == "=") - (delta[-2] == "=") if n and not n % 4 else 0
            if item.truncated_at_ms is not None:
                pass  # audio still streaming after the cut was never heard
            elif self.keep_audio and not item.audio_dropped:
                self.audio_delta(item_id, index, delta, size)
            else:  # self.format.ms(size), inlined (the same float)
                item.audio_ms += size * 1000.0 / self._bytes_per_second
            return size
        if apply is History.transcript_delta:
            if item.truncated_at_ms is None:  # the server dropped its transcript
                part.add_transcript(delta)
        elif apply is History.text_delta:
            part.add_text(delta)
        else:
            apply(self, item_id, index, delta)
        return 0

    def audio_delta(self, item_id: object, index: object, delta: str, size: int = -1) -> None:
        """Apply one audio delta given its fields (``size``: its decoded length, when the
        caller counted it already)."""
        found = self._part_at(item_id, index)
        if found is None:
            return
        item, part = found
        if item.truncated_at_ms is not None:
            return  # audio still streaming after the cut was never heard
        if not self.keep_audio or item.audio_dropped:
            item.audio_ms += self.format.ms(b64_size(delta) if size < 0 else size)
            return
        try:
            data = base64.b64decode(delta)
        except (binascii.Error, ValueError):
            return
        item.audio_ms += self.format.ms(len(data))
        if part.audio is None:
            part.audio = bytearray()
        part.audio += data
        self._audio_bytes += len(data)
        self._enforce_cap()

    def _enforce_cap(self) -> None:
        for item_id in self._order:
            if self._audio_bytes <= self.max_audio_bytes:
                return
            item = self._items[item_id]
            for part in item.parts:
                if part.audio is not None:
                    self._audio_bytes -= len(part.audio)
                    part.audio = None
                    item.audio_dropped = True

    @_handles("conversation.item.input_audio_transcription.delta")
    def _on_input_transcript_delta(self, event: object) -> None:
        self._on_transcript_delta(event)

    @_handles("conversation.item.input_audio_transcription.completed")
    def _on_input_transcript_done(self, event: object) -> None:
        self._on_transcript_done(event)

    def _item(self, item_id: object) -> HistoryItem | None:
        """The item ``item_id`` names, ``None`` for an unknown one or no id (a server may send
        a list or a dict there: it is no key)."""
        return self._items.get(item_id) if isinstance(item_id, str) else None

    @_handles("response.function_call_arguments.delta")
    def _on_arguments_delta(self, event: object) -> None:
        item, delta = self._item(get(event, "item_id")), get(event, "delta")
        if item is not None and isinstance(delta, str):
            item.add_arguments(delta)

    @_handles("response.function_call_arguments.done")
    def _on_arguments_done(self, event: object) -> None:
        item, arguments = self._item(get(event, "item_id")), get(event, "arguments")
        if item is not None and isinstance(arguments, str):
            item.arguments = arguments
            name = get(event, "name")
            if isinstance(name, str):
                item.name = name

    @_handles("conversation.item.truncated")
    def _on_truncated(self, event: object) -> None:
        found, end_ms = self._part(event), get(event, "audio_end_ms")
        if found is None or type(end_ms) is not int:
            return
        item, part = found
        # The cut lies within the item's audio: a negative one is at its start, and one past
        # the audio received is at its end (with no audio counted, as over WebRTC where it
        # flows as media, the server's figure stands). A hostile -10**9 once drove the audio
        # counter to -48 GB, after which the cap never triggered.
        end_ms = max(0, end_ms)
        if item.audio_ms > 0:
            end_ms = min(end_ms, math.ceil(item.audio_ms))
        item.truncated_at_ms = end_ms
        # As the server does: the transcript goes, all of it (it cannot be cut at a
        # millisecond, and what was never heard must leave the context).
        part.transcript = ""
        item.audio_ms = min(item.audio_ms, float(end_ms))
        if part.audio is not None:
            before = len(part.audio)
            del part.audio[self.format.nbytes(end_ms) :]
            self._audio_bytes -= before - len(part.audio)  # what was really removed

    @_handles("conversation.item.deleted")
    def _on_deleted(self, event: object) -> None:
        item_id = get(event, "item_id")
        item = self._items.pop(item_id, None) if isinstance(item_id, str) else None
        if item is None:
            return
        self._hot = None
        self._order.remove(item.id)
        for part in item.parts:
            if part.audio is not None:
                self._audio_bytes -= len(part.audio)

    @_handles("response.done")
    def _on_response_done(self, event: object) -> None:
        response = as_dict(event).get("response")
        if not is_mapping(response):
            return
        output = response.get("output")
        for raw in output if is_list(output) else ():
            if is_mapping(raw):
                item = self._item(raw.get("id"))
                if item is not None and isinstance(raw.get("status"), str):
                    item.status = raw["status"]


class HistoryTracker:
    """Keeps ``history`` current across reconnects: feed it every received event.

    A ``session.created`` for a different session than the current history's starts a new
    :class:`History`; the old one is marked ``ended`` and kept as ``previous`` (the last
    few sessions only).
    """

    def __init__(
        self,
        *,
        keep_audio: bool = False,
        max_audio_bytes: int = DEFAULT_MAX_AUDIO_BYTES,
        max_items: int = DEFAULT_MAX_ITEMS,
    ):
        self.history: History = History(
            keep_audio=keep_audio, max_audio_bytes=max_audio_bytes, max_items=max_items
        )

    def received(self, event: object, kind: str | None = None) -> None:
        """Apply one received event."""
        if kind is None:
            kind = event_type(event)
        if kind == "session.created":
            session = as_dict(event).get("session")
            sid = session.get("id") if is_mapping(session) else None
            current = self.history
            if current.session_id is None:
                current.session_id = sid if isinstance(sid, str) else None
            elif sid != current.session_id:
                current.ended = True
                self._trim(current)
                self.history = History(
                    keep_audio=current.keep_audio,
                    max_audio_bytes=current.max_audio_bytes,
                    session_id=sid if isinstance(sid, str) else None,
                    previous=current,
                    max_items=current.max_items,
                )
        self.history.apply(event, kind)

    @staticmethod
    def _trim(history: History) -> None:
        node, depth = history, 1
        while node.previous is not None:
            if depth >= MAX_PREVIOUS_SESSIONS:
                node.previous = None
                return
            node, depth = node.previous, depth + 1

"""The conversation's own log of its items (sans-I/O), for a new session after a move.

A Realtime conversation that no extension keeps a history for (no ``Voice``) still has a
conversation to carry into a new session after a drop, a rollover or an expiry, as GPT-Live
carries its transcripts: :class:`ItemLog` keeps it from the server's item events, in server
order, as the item objects ``conversation.item.create`` takes (a message as its words: text,
else the transcript of its audio; a function call and its output as they are), bounded as a
voice's history is (:data:`DEFAULT_LOG_MAX_ITEMS` items, :data:`MAX_PART_CHARS` characters a
part, the oldest let go first). The carry (:class:`~.carry.Carry`) reads it at the move when
no extension gives a history.

Example:
    >>> log = ItemLog()
    >>> log.apply("conversation.item.added", {"item": {"id": "i1", "type": "message",
    ...     "role": "user", "content": [{"type": "input_audio", "transcript": None}]}})
    >>> log.apply("conversation.item.input_audio_transcription.completed",
    ...     {"item_id": "i1", "content_index": 0, "transcript": "My name is Ada."})
    >>> [(item.role, item.text) for item in log.items()]
    [('user', 'My name is Ada.')]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from realtime_ext._json import is_dict, is_list

__all__ = ["DEFAULT_LOG_MAX_ITEMS", "ITEM_EVENTS", "MAX_PART_CHARS", "ItemLog", "LoggedItem"]

DEFAULT_LOG_MAX_ITEMS = 3000
"""Items the log keeps (a voice history's default bound; the carry sends far fewer:
``carry_max_items``)."""
MAX_PART_CHARS = 1_000_000
"""Characters kept per part (the last ones beyond it), as a voice history keeps them."""

ITEM_SEEN = frozenset(
    {
        "conversation.item.added",
        "conversation.item.created",  # the beta protocol's
        "conversation.item.done",
        "response.output_item.done",
    }
)
TRANSCRIBED = "conversation.item.input_audio_transcription.completed"
DELETED = "conversation.item.deleted"
ITEM_EVENTS = ITEM_SEEN | {TRANSCRIBED, DELETED}
"""The server events the log reads."""


class ItemLog:
    """The conversation's items, in order, bounded (see the module docstring)."""

    __slots__ = ("_items", "_texts", "evicted", "max_items")

    def __init__(self, *, max_items: int = DEFAULT_LOG_MAX_ITEMS) -> None:
        # Each item as strings only (a message without its parts), and each message's part
        # texts apart, as a tuple of strings: neither is an object the garbage collector
        # keeps tracking (a dict of strings is never tracked, such a tuple not after the
        # first collection it meets), so a long call's thousands of items cost a worker's
        # full collections nothing (issue 81). A dict with a list of parts was two tracked
        # objects an item for as long as the call.
        self._items: dict[str, dict[str, str]] = {}
        self._texts: dict[str, tuple[str, ...]] = {}
        self.max_items: int = max_items
        self.evicted: int = 0
        """Items let go (oldest first) to stay within ``max_items``."""

    def __len__(self) -> int:
        return len(self._items)

    def apply(self, kind: str, data: Mapping[str, Any]) -> None:
        """Note one server event of :data:`ITEM_EVENTS` (its JSON object)."""
        if kind in ITEM_SEEN:
            item = data.get("item")
            found = _logged(item) if is_dict(item) else None
            if found is not None:
                self._put(found)
        elif kind == TRANSCRIBED:
            self._transcribed(data)
        elif kind == DELETED:
            item_id = data.get("item_id")
            if isinstance(item_id, str):
                self._items.pop(item_id, None)
                self._texts.pop(item_id, None)

    def _put(self, found: tuple[dict[str, str], tuple[str, ...] | None]) -> None:
        item, texts = found
        item_id = item["id"]
        if texts is None:
            self._texts.pop(item_id, None)
        else:
            old = self._texts.get(item_id)
            if old is not None:
                # A later event of the same item may lack what an earlier one had (the done
                # event of an audio message without its transcript yet): keep the words known.
                known = tuple(new or was for new, was in zip(texts, old, strict=False))
                texts = known + texts[len(known) :]
            self._texts[item_id] = texts
        self._items[item_id] = item  # a known id keeps its place
        excess = len(self._items) - self.max_items
        for gone in list(self._items)[: max(0, excess)]:
            del self._items[gone]
            self._texts.pop(gone, None)
            self.evicted += 1

    def _transcribed(self, data: Mapping[str, Any]) -> None:
        item_id, transcript = data.get("item_id"), data.get("transcript")
        index = data.get("content_index")
        if not isinstance(item_id, str) or not isinstance(transcript, str):
            return
        texts = self._texts.get(item_id)
        if texts is not None and isinstance(index, int) and 0 <= index < len(texts):
            kept = transcript[-MAX_PART_CHARS:]
            self._texts[item_id] = (*texts[:index], kept, *texts[index + 1 :])

    def items(self) -> list[LoggedItem]:
        """The items a new session can be given, oldest first: a message as its words (a
        message with none left out)."""
        found: list[LoggedItem] = []
        for item in self._items.values():
            if item["type"] != "message":
                found.append(LoggedItem(**item))
                continue
            words = " ".join(text for text in self._texts[item["id"]] if text)
            if words:
                found.append(LoggedItem(item["id"], "message", role=item["role"], text=words))
        return found


@dataclass(frozen=True, slots=True)
class LoggedItem:
    """One item of the log, read as a history item is (``CarriedItem``): what a carry
    function is given, and what the new session re-creates.

    Example:
        >>> LoggedItem("i1", "message", role="user", text="Hi").text
        'Hi'
    """

    id: str
    type: str
    role: str | None = None
    name: str | None = None
    call_id: str | None = None
    arguments: str = ""
    output: str | None = None
    text: str = ""
    transcript: str = ""


def _logged(item: Mapping[str, Any]) -> tuple[dict[str, str], tuple[str, ...] | None] | None:
    """``item`` as the log keeps it, and a message's part texts (``None``: a type a new
    session cannot be given)."""
    item_id, kind = item.get("id"), item.get("type")
    if not isinstance(item_id, str):
        return None
    if kind == "message":
        role = item.get("role")
        role = role if isinstance(role, str) else "user"
        content = item.get("content")
        texts = tuple(
            _words(part)[-MAX_PART_CHARS:]
            for part in (content if is_list(content) else [])
            if is_dict(part)
        )
        return {"id": item_id, "type": "message", "role": role}, texts
    found = _other(item_id, kind, item)
    return None if found is None else (found, None)


def _other(item_id: str, kind: object, item: Mapping[str, Any]) -> dict[str, str] | None:
    """A function call or its output as the log keeps it (``None``: another type)."""
    if kind == "function_call":
        return {
            "id": item_id,
            "type": "function_call",
            "call_id": _text(item.get("call_id")),
            "name": _text(item.get("name")),
            "arguments": _text(item.get("arguments"))[-MAX_PART_CHARS:],
        }
    if kind == "function_call_output":
        return {
            "id": item_id,
            "type": "function_call_output",
            "call_id": _text(item.get("call_id")),
            "output": _text(item.get("output"))[-MAX_PART_CHARS:],
        }
    return None


def _words(part: Mapping[str, Any]) -> str:
    """A content part's words: its text, else the transcript of its audio."""
    text = part.get("text")
    if isinstance(text, str) and text:
        return text
    return _text(part.get("transcript"))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""

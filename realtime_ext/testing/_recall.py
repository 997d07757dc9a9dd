"""What the fakes' model answers to "what did I say?" (a scripted ``recall``): from what the
session holds, nothing else, so a test that asks it after a reconnect proves what the new
session was given. One answer for both fakes: the Realtime conversation (its user items) and
GPT-Live (its said list, startup ``input`` and each utterance heard).

>>> said = [message_text({"role": "user", "content": [{"type": "input_text", "text": "Hi"}]})]
>>> recalled(said, 1), recalled(said, 2)
('You said: Hi', "I don't know what you said.")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._json import json_list, json_object

UNKNOWN = "I don't know what you said."


def message_text(item: Mapping[str, Any]) -> str:
    """A message's words: the ``text`` (or an audio part's ``transcript``) of each content
    part, joined by spaces (``""`` when it has none).

    >>> message_text({"content": [{"type": "input_audio", "transcript": "Hello"},
    ...                           {"type": "input_text", "text": "there"}]})
    'Hello there'
    """
    words: list[str] = []
    for part in json_list(item.get("content")) or []:
        found = json_object(part) or {}
        said = found.get("text") or found.get("transcript")
        if isinstance(said, str) and said:
            words.append(said)
    return " ".join(words).strip()


def recalled(said: Sequence[str], nth: int) -> str:
    """The answer to "what did I say?" from ``said`` (what the user said, oldest first): the
    ``nth`` (from 1), or that the session does not know.

    >>> recalled(["My name is Ada.", "Thanks"], 1)
    'You said: My name is Ada.'
    """
    if len(said) < nth or not said[nth - 1]:
        return UNKNOWN
    return f"You said: {said[nth - 1]}"

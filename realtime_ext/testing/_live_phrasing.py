"""What a fake GPT-Live model says of the context it is given, in its own words.

The real model does not read appended commentary out: given "Tell the user their package
arrives on Friday." it said "Your package is scheduled to arrive on Friday."; while it
delegated a weather lookup it said "Sure, okay, I'm checking the forecast now." The fake's
model words things the same way, deterministically: an instruction to tell the user
something becomes the thing said to them (:func:`phrased`), and a delegation is announced
from the tool's name (:func:`acknowledgement`). A test that wants other words scripts them
(``script.next_phrasing(...)``).

>>> phrased("Tell the user their package arrives on Friday.")
'Your package arrives on Friday.'
>>> acknowledgement("get_weather")
"Sure, I'm checking the weather now."
"""

from __future__ import annotations

import re

__all__ = ["acknowledgement", "phrased"]

_DIRECTIVE = re.compile(
    r"^\s*(?:please\s+)?(?:(?:tell|inform|remind)\s+(?:the\s+)?(?:user|caller|customer)"
    r"|let\s+(?:the\s+)?(?:user|caller|customer)\s+know|say\b)\s*(?:that\s+)?[:,]?\s*",
    re.IGNORECASE,
)
_PERSON = (
    (re.compile(r"\b(?:the\s+)?(?:user|caller|customer)'s\b", re.IGNORECASE), "your"),
    (re.compile(r"\btheir\b", re.IGNORECASE), "your"),
    (re.compile(r"\btheirs\b", re.IGNORECASE), "yours"),
    (re.compile(r"\bthey\b", re.IGNORECASE), "you"),
    (re.compile(r"\bthem\b", re.IGNORECASE), "you"),
    (re.compile(r"\bthe\s+(?:user|caller|customer)\b", re.IGNORECASE), "you"),
)
_VERBS = ("get", "fetch", "lookup", "look_up", "find", "check", "search", "query", "read")


def phrased(context: str) -> str:
    """``context`` as the model says it: an instruction to tell the user something
    ("Tell the user their ...", "Let the caller know that ...") becomes what is said to
    them ("Your ..."); anything else is already words for the user and is said as given.

    >>> phrased("Let the caller know that they are third in the queue")
    'You are third in the queue.'
    >>> phrased("Your table is booked.")
    'Your table is booked.'
    >>> phrased("Saying no is fine.")  # a word, not the instruction "say"
    'Saying no is fine.'
    """
    said = _DIRECTIVE.sub("", context, count=1)
    if said == context or not said.strip():
        return context
    for pattern, replacement in _PERSON:
        said = pattern.sub(replacement, said)
    said = said.strip()
    said = said[0].upper() + said[1:]
    return said if said[-1] in ".!?" else said + "."


def acknowledgement(tool: str) -> str:
    """What the model says as it delegates a call to ``tool`` (its name, read as words).

    >>> acknowledgement("lookup_order_status")
    "Sure, I'm checking the order status now."
    >>> acknowledgement("book")
    "Sure, I'm checking that now."
    """
    name = tool.lower()
    for verb in _VERBS:
        if name.startswith(verb + "_"):
            name = name[len(verb) + 1 :]
            break
    else:
        name = ""
    topic = " ".join(part for part in re.split(r"[_\W]+", name) if part)
    return f"Sure, I'm checking the {topic} now." if topic else "Sure, I'm checking that now."

"""Decoded JSON (``json.loads`` output, event and session dicts) read as typed values:
the object or array itself, or ``None`` when it is something else."""

from __future__ import annotations

import copy
from typing import Any, TypeVar

from realtime_ext.provider import is_dict, is_list

JSON = dict[str, Any]
T = TypeVar("T")

# Values a copy shares rather than copies: immutable, as copy.deepcopy treats them.
_ATOMS = frozenset({str, int, float, bool, type(None)})


def json_object(value: object) -> JSON | None:
    """``value`` when it is a JSON object (a dict), else ``None``.

    Example:
        >>> json_object({"type": "error"}), json_object([1])
        ({'type': 'error'}, None)
    """
    return value if is_dict(value) else None


def json_list(value: object) -> list[Any] | None:
    """``value`` when it is a JSON array (a list), else ``None``.

    Example:
        >>> json_list([1]), json_list("x")
        ([1], None)
    """
    return value if is_list(value) else None


def too_deep(value: object, limit: int) -> bool:
    """Whether ``value`` nests lists and objects more than ``limit`` levels deep (checked
    without recursion, so a hostile file cannot exhaust the stack here).

    Example:
        >>> too_deep({"a": [[1]]}, 2), too_deep({"a": [[1]]}, 3)
        (True, False)
    """
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if is_dict(item):
            children: list[Any] = list(item.values())
        elif is_list(item):
            children = list(item)
        else:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def json_copy(value: T) -> T:
    """A deep copy of ``value``, as :func:`copy.deepcopy` makes it, several times faster for
    decoded JSON: the fake server snapshots an item, a session or a response into every
    event it sends (the state changes later; what was sent must not), and deepcopy's memo
    and per-type dispatch were a third of a long session's CPU. Dicts and lists are copied
    here, strings, numbers, booleans and ``None`` shared (immutable); anything else (a
    tuple in a user's session, say) goes to deepcopy, so the result is always a deep copy.

    Example:
        >>> item = {"id": "item_1", "content": [{"type": "input_text", "text": "Hi"}]}
        >>> snapshot = json_copy(item)
        >>> item["content"][0]["text"] = "Bye"
        >>> snapshot == {"id": "item_1", "content": [{"type": "input_text", "text": "Hi"}]}
        True
    """
    kind = type(value)
    if kind is dict:
        source: dict[Any, Any] = value  # type: ignore[assignment]
        return {  # type: ignore[return-value]
            key: child if type(child) in _ATOMS else json_copy(child)
            for key, child in source.items()
        }
    if kind is list:
        items: list[Any] = value  # type: ignore[assignment]
        return [child if type(child) in _ATOMS else json_copy(child) for child in items]  # type: ignore[return-value]
    if kind in _ATOMS:
        return value
    return copy.deepcopy(value)

"""Decoded JSON (``json.loads`` output, event and session dicts) read as typed values:
the object or array itself, or ``None`` when it is something else."""

from __future__ import annotations

from typing import Any

from .._json import is_dict, is_list

JSON = dict[str, Any]


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

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

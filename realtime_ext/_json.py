"""Type guards for JSON read from the wire or from untyped callers.

``isinstance(x, Mapping)`` on an ``object`` gives type checkers ``Mapping[Unknown,
Unknown]``; these say what the SDK assumes of JSON objects (string keys, any values), so
code that reads nested events type-checks under pyright strict without casts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeGuard


def is_mapping(value: object) -> TypeGuard[Mapping[str, Any]]:
    """Whether ``value`` is a mapping (a JSON object, or a dict-like from a caller).

    Example:
        >>> is_mapping({"type": "response.done"}), is_mapping([1])
        (True, False)
    """
    # JSON objects are dicts: the exact check first, the (slow) ABC one only for the rest.
    return type(value) is dict or isinstance(value, Mapping)


def is_list(value: object) -> TypeGuard[list[Any]]:
    """Whether ``value`` is a list (a JSON array).

    Example:
        >>> is_list([1]), is_list("x")
        (True, False)
    """
    return isinstance(value, list)


def is_dict(value: object) -> TypeGuard[dict[str, Any]]:
    """Whether ``value`` is a dict (a decoded JSON object, or a ``to_dict()`` result).

    Example:
        >>> is_dict({"type": "error"}), is_dict([("type", "error")])
        (True, False)
    """
    return isinstance(value, dict)


def strict_loads(raw: str | bytes) -> Any:
    """``json.loads`` as the API parses: ``NaN``, ``Infinity`` and ``-Infinity`` are not
    JSON (Python's ``json`` takes them), so they raise :class:`ValueError` here, and the
    fake server refuses what the real one refuses.

    Example:
        >>> strict_loads('{"a": 1.5}')
        {'a': 1.5}
        >>> strict_loads('{"a": NaN}')
        Traceback (most recent call last):
        ...
        ValueError: NaN is not a JSON value
    """
    if isinstance(raw, str) and not raw.startswith("\ufeff"):
        # What json.loads does with a str, without building a decoder per call (a phone
        # bridge parses fifty messages a second per call).
        return _STRICT.decode(raw)
    return json.loads(raw, parse_constant=_no_constant)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


_STRICT = json.JSONDecoder(parse_constant=_no_constant)

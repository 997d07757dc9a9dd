"""Typed reads of decoded JSON (``json.loads`` output, event and session dicts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, cast

JSON = dict[str, Any]


def json_object(value: object) -> JSON | None:
    """``value`` when it is a JSON object (a dict), else ``None``."""
    return cast(JSON, value) if isinstance(value, dict) else None


def is_list(value: object) -> TypeGuard[list[Any]]:
    """Whether ``value`` is a list (a JSON array), its items read as ``Any``."""
    return isinstance(value, list)


def is_mapping(value: object) -> TypeGuard[Mapping[Any, Any]]:
    """Whether ``value`` is a mapping, its keys and values read as ``Any``."""
    return isinstance(value, Mapping)


def json_list(value: object) -> list[Any] | None:
    """``value`` when it is a JSON array (a list), else ``None``."""
    return value if is_list(value) else None

"""Small value checks shared by the session and part builders and `mcp_tool`.

Each check returns the value in its wire form or raises :class:`SessionConfigError`
naming the keyword. Open enums (models, voices, eagerness, ...) accept any string so
values the API adds later keep working; only types and documented numeric ranges are
enforced.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal, TypeAlias, cast

from ._exceptions import SessionConfigError
from ._redact import short_repr

__all__ = [
    "UNSET",
    "SessionConfig",
    "Unset",
    "check_bool",
    "check_int",
    "check_mapping",
    "check_number",
    "check_str",
    "check_str_list",
    "finish",
    "merge_extra",
    "put",
    "show",
]


class _UnsetType(enum.Enum):
    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _UnsetType.UNSET
"""Default of keywords where ``None`` is meaningful (it sends JSON ``null``)."""

Unset: TypeAlias = Literal[_UnsetType.UNSET]


def show(value: object) -> str:
    """A short, secret-free repr of ``value`` for error messages (:func:`short_repr`)."""
    return short_repr(value, 60)


def _type_name(value: object) -> str:
    return type(value).__name__


def check_str(keyword: str, value: object) -> str:
    """``value`` if it is a string, else :class:`SessionConfigError` naming ``keyword``.

    Example:
        >>> check_str("voice", "marin")
        'marin'
    """
    if not isinstance(value, str):
        raise SessionConfigError(keyword, f"expected a string, got {_type_name(value)}")
    return value


def check_name(keyword: str, value: object) -> str:
    """A name (model, voice...): a non-empty string without surrounding whitespace."""
    text = check_str(keyword, value)
    if not text.strip():
        raise SessionConfigError(keyword, "must not be empty")
    if text != text.strip():
        raise SessionConfigError(keyword, f"has surrounding whitespace: {show(text)}")
    return text


def check_bool(keyword: str, value: object) -> bool:
    """``value`` if it is ``True`` or ``False``, else :class:`SessionConfigError` naming
    ``keyword`` (``1`` is no bool).

    Example:
        >>> check_bool("create_response", True)
        True
    """
    if not isinstance(value, bool):
        raise SessionConfigError(keyword, f"expected True or False, got {_type_name(value)}")
    return value


def check_number(
    keyword: str, value: object, *, low: float | None = None, high: float | None = None
) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SessionConfigError(keyword, f"expected a number, got {_type_name(value)}")
    if math.isnan(value) or math.isinf(value):
        raise SessionConfigError(keyword, f"expected a finite number, got {value}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise SessionConfigError(keyword, f"must be between {low} and {high}, got {value}")
    return value


def check_int(
    keyword: str, value: object, *, low: int | None = None, high: int | None = None
) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SessionConfigError(keyword, f"expected an integer, got {_type_name(value)}")
    if low is not None and value < low:
        bound = f"between {low} and {high}" if high is not None else f">= {low}"
        raise SessionConfigError(keyword, f"must be {bound}, got {value}")
    if high is not None and value > high:
        raise SessionConfigError(keyword, f"must be between {low} and {high}, got {value}")
    return value


def check_str_list(keyword: str, value: object, *, non_empty: bool = False) -> list[str]:
    """``value`` as a list of strings (a sequence, not a string itself), each checked
    (``keyword[i]`` named in the error); ``non_empty``: at least one.

    Example:
        >>> check_str_list("modalities", ("audio",))
        ['audio']
    """
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise SessionConfigError(
            keyword, f"expected a list of strings, got {_type_name(value)} {show(value)}"
        )
    seq = cast("Sequence[object]", value)
    items = [check_str(f"{keyword}[{i}]", item) for i, item in enumerate(seq)]
    if non_empty and not items:
        raise SessionConfigError(keyword, "must not be empty")
    return items


Checker = Callable[[str, Any], Any]
"""A field's check for :func:`check_mapping`: ``checker(keyword, value)`` returns the value
as sent or raises :class:`SessionConfigError` naming ``keyword`` (:func:`check_str` is one)."""


def check_mapping(keyword: str, value: object, checkers: Mapping[str, Checker]) -> dict[str, Any]:
    """Copy ``value`` into a plain dict, checking the keys the spec knows.

    Unknown keys pass through untouched: the API adds fields faster than this SDK.
    """
    if not isinstance(value, Mapping):
        raise SessionConfigError(keyword, f"expected a dict, got {_type_name(value)}")
    out: dict[str, Any] = {}
    for key, item in cast("Mapping[object, Any]", value).items():
        if not isinstance(key, str):
            raise SessionConfigError(keyword, f"keys must be strings, got {show(key)}")
        check = checkers.get(key)
        out[key] = check(f"{keyword}.{key}", item) if check is not None else item
    return out


def put(target: dict[str, Any], key: str, value: object) -> None:
    """Set ``target[key]`` unless ``value`` means "not given" (``None`` or ``UNSET``)."""
    if value is not None and value is not UNSET:
        target[key] = value


def merge_extra(
    keyword: str, base: dict[str, Any], extra: Mapping[str, Any], at: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """Deep-merge ``extra`` into ``base``; a key set both ways is an error, not a silent win.

    Returns the paths (from ``base``) of the keys ``extra`` added: fields newer than the
    spec that the validator lets through (see :class:`~realtime_ext.session.SessionConfig`).
    """
    if not isinstance(extra, Mapping):
        raise SessionConfigError(
            keyword, f"expected a dict of fields to add, got {_type_name(extra)} {show(extra)}"
        )
    added: list[tuple[str, ...]] = []
    for key, value in extra.items():
        path = f"{keyword}.{key}"
        if key not in base:
            base[key] = value
            added.append((*at, key))
        elif isinstance(base[key], dict) and isinstance(value, Mapping):
            nested = cast("Mapping[str, Any]", value)
            added += merge_extra(path, base[key], nested, (*at, key))
        else:
            raise SessionConfigError(path, "is already set by a keyword argument")
    return added


class SessionConfig(dict[str, Any]):
    """A session dict from the builders: plain JSON for the wire, checked against the spec.

    ``newer`` holds the paths of the fields the builder's ``extra=`` added (fields newer
    than the spec): every entry point's validator lets those through, and only those.

    Example:
        >>> from realtime_ext.session import realtime_session
        >>> realtime_session(extra={"new_knob": 1}).newer
        frozenset({('new_knob',)})
    """

    newer: frozenset[tuple[str | int, ...]] = frozenset()


def finish(
    session: dict[str, Any],
    extra: Mapping[str, Any] | None,
    kinds: tuple[str, ...],
    model: type[Any] | None = None,
) -> SessionConfig:
    """A builder's last step: merge ``extra``, then check the whole session as every entry
    point does (:func:`realtime_ext._validate.check_session`: same messages; ``model``: a
    beta endpoint's request model, instead of ``kinds``)."""
    from ._validate import check_session

    out = SessionConfig(session)
    if extra is not None:
        out.newer = frozenset(merge_extra("extra", out, extra))
    check_session(out, kinds=kinds, model=model)
    return out

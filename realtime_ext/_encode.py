"""JSON for the wire: the one encoder of request bodies and client events, strict.

``json.dumps`` alone lets bad data through or fails in its own words: it writes ``NaN`` and
``Infinity`` (not JSON: the API refuses the request), raises a bare ``TypeError`` for a set
or bytes, ``ValueError`` for a circular object, ``RecursionError`` for a deep one, and a
lone surrogate only fails later, in ``.encode()`` (or goes out escaped, on a WebSocket).
Here each of these is the SDK's own error, raised before anything is sent, and naming the
value's path (``body.metadata.tags: a set is not JSON ...``).

The hot path is one ``json.dumps`` call, as before: the path is found by :func:`problem`,
a walk that runs only once encoding has failed (or, for event text, once it holds an
escaped surrogate, which a valid pair also gives). Written here rather than with msgspec,
whose encoder is faster but writes NaN as ``null`` (a silent change) and sets and bytes as
arrays and base64 (data a caller did not mean to send).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any, NamedTuple, cast

from ._exceptions import InvalidArgumentError, InvalidEventError
from ._redact import short_repr

__all__ = ["JSONProblem", "json_bytes", "json_text", "json_with", "problem", "utf8_text"]

_KEY_TYPES = (str, int, float, bool)


class JSONProblem(NamedTuple):
    """Why a value cannot be sent as JSON: where (``path``, ``root.key[0]``) and what."""

    path: str
    reason: str


ErrorFor = Callable[[JSONProblem], Exception]


def _argument_error(found: JSONProblem) -> Exception:
    return InvalidArgumentError(f"{found.path}: {found.reason}")


def json_bytes(value: object, root: str = "body", error: ErrorFor = _argument_error) -> bytes:
    """``value`` as compact UTF-8 JSON bytes (non-ASCII text kept as is): a request body.

    Raises ``error(problem)`` (default :class:`InvalidArgumentError`) for a value that is
    not JSON data, before anything is sent.

    Example:
        >>> json_bytes({"a": [1, "é"]})
        b'{"a":[1,"\\xc3\\xa9"]}'
        >>> json_bytes({"tags": {"x"}})
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: body.tags: a set is not JSON data (send a list)
    """
    try:
        return _encode_utf8(value).encode("utf-8")
    except (TypeError, ValueError, RecursionError) as exc:
        raise error(problem(value, root, too_deep=isinstance(exc, RecursionError))) from None


def json_with(value: dict[str, Any], key: str, encoded: bytes) -> bytes:
    """``value`` as :func:`json_bytes` writes it, with one more member, ``key``, whose value
    is JSON already encoded: spliced in as is, so a part checked as bytes (a session) is
    sent as those very bytes and encoded once.

    Example:
        >>> json_with({"expires_after": {"seconds": 600}}, "session", b'{"type":"realtime"}')
        b'{"expires_after":{"seconds":600},"session":{"type":"realtime"}}'
        >>> json_with({}, "session", b"{}")
        b'{"session":{}}'
    """
    head = json_bytes(value)  # "{...}", or "{}" for an empty dict
    member = json_bytes(key) + b":" + encoded
    return head[:-1] + (b"," if len(head) > 2 else b"") + member + b"}"


def json_text(value: dict[str, Any]) -> str:
    """A client event as compact ASCII JSON text (non-ASCII escaped, so its length is its
    size in bytes).

    Raises :class:`InvalidEventError` naming the event type and the value's path.

    Example:
        >>> json_text({"type": "response.create", "response": {"metadata": {"n": 1}}})
        '{"type":"response.create","response":{"metadata":{"n":1}}}'
        >>> json_text({"type": "response.create", "response": {"temperature": float("nan")}})
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidEventError: response.create: response.temperature: nan is not \
a JSON number (JSON has no NaN or Infinity)
    """
    try:
        text = _encode_ascii(value)
    except (TypeError, ValueError, RecursionError) as exc:
        found = problem(value, "", too_deep=isinstance(exc, RecursionError))
        raise _event_error(value, found) from None
    # ensure_ascii writes every astral character as a surrogate pair of \\ud... escapes, and
    # a lone surrogate as a lone one: only then is the value walked (a lone one goes out as
    # valid JSON of invalid Unicode, which the server may refuse or mangle).
    if "\\ud" in text:
        found = problem(value, "")
        if found.reason:
            raise _event_error(value, found)
    return text


def _event_error(event: dict[str, Any], found: JSONProblem) -> InvalidEventError:
    # Named by the event's type, read only once a send has failed (not on every send).
    kind = event.get("type")
    name = kind if isinstance(kind, str) else "client event"
    return InvalidEventError(f"{name}: {found.path}: {found.reason}")


def utf8_text(name: str, value: str) -> str:
    """``value`` when it has a UTF-8 form (what a URL, a path or a header carries); a lone
    surrogate, which has none, is an :class:`InvalidArgumentError` naming ``name``.

    Example:
        >>> utf8_text("call_id", "rtc_1")
        'rtc_1'
        >>> utf8_text("call_id", "rtc_\\ud800")
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: call_id holds '\\ud800', a lone surrogate, at index 4
    """
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidArgumentError(
            f"{name} holds {value[exc.start]!r}, a lone surrogate, at index {exc.start}"
        ) from None
    return value


# A path as a chain of (parent, key) links, spelled out only when reported: building every
# node's string would cost memory quadratic in the depth of a hostile value.
_Path = tuple["_Path", object] | None


def _spell(root: str, path: _Path) -> str:
    keys: list[object] = []
    while path is not None:
        path, key = path
        keys.append(key)
    keys.reverse()
    skipped = len(keys) - 10
    if skipped > 2:  # a path through a deep value: its two ends
        keys = [*keys[:5], ..., *keys[-5:]]
    text = root
    for key in keys:
        if key is ...:
            text += f"...({skipped} more)..."
        elif isinstance(key, int) and not isinstance(key, bool):
            text += f"[{key}]"
        elif isinstance(key, str) and key.isidentifier():
            text += f".{key}" if text else key
        else:
            text += f"[{key!r}]"
    return text or "value"


def _not_json(value: object) -> str:
    kind = type(value).__name__
    if isinstance(value, set | frozenset):
        return f"a {kind} is not JSON data (send a list)"
    if isinstance(value, bytes | bytearray | memoryview):
        return f"{kind} is not JSON data (decode it to str, or base64-encode it)"
    return f"a {kind} is not JSON data (JSON takes dicts, lists, str, numbers, bools and None)"


def problem(value: object, root: str, *, too_deep: bool = False) -> JSONProblem:
    """The first part of ``value`` that JSON cannot carry, in document order; its
    ``reason`` is empty when there is none. ``too_deep``: ``json.dumps`` ran out of
    recursion, so the deepest path is reported when nothing else is wrong.

    Iterative (an explicit stack), so a value too deep to encode is walked all the same.

    Example:
        >>> problem({"a": [1, {"b": float("inf")}]}, "body")
        JSONProblem(path='body.a[1].b', reason='inf is not a JSON number (JSON has no NaN \
or Infinity)')
    """
    on_path: set[int] = set()
    deepest: tuple[int, _Path] = (0, None)
    stack: list[tuple[object, _Path, int] | int] = [(value, None, 0)]
    while stack:
        top = stack.pop()
        if isinstance(top, int):  # every child of the container with this id was walked
            on_path.discard(top)
            continue
        item, path, depth = top
        ident = id(item)
        if item is None or isinstance(item, bool | int):
            continue
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                return JSONProblem(
                    _spell(root, path),
                    f"{item[exc.start]!r} at index {exc.start} is a lone surrogate, not text "
                    "(it has no UTF-8 form)",
                )
            continue
        if isinstance(item, float):
            if not math.isfinite(item):
                reason = f"{item!r} is not a JSON number (JSON has no NaN or Infinity)"
                return JSONProblem(_spell(root, path), reason)
            continue
        if not isinstance(item, dict | list | tuple):
            return JSONProblem(_spell(root, path), _not_json(item))
        if ident in on_path:
            reason = "a circular reference (this object contains itself)"
            return JSONProblem(_spell(root, path), reason)
        if depth > deepest[0]:
            deepest = (depth, path)
        on_path.add(ident)
        stack.append(ident)
        children: list[tuple[object, _Path, int]] = []
        if isinstance(item, dict):
            entries = cast("dict[object, object]", item)
            for key, child in entries.items():
                if key is not None and not isinstance(key, _KEY_TYPES):
                    return JSONProblem(
                        _spell(root, path),
                        f"the key {short_repr(key)} is a {type(key).__name__} "
                        "(JSON object keys are strings)",
                    )
                if isinstance(key, float) and not math.isfinite(key):
                    return JSONProblem(_spell(root, path), f"the key {key!r} is not a JSON number")
                children.append((child, (path, key), depth + 1))
        else:
            values = cast("list[object] | tuple[object, ...]", item)
            for index, child in enumerate(values):
                children.append((child, (path, index), depth + 1))
        stack.extend(reversed(children))
    if too_deep:
        reason = f"nested {deepest[0]} levels deep, too deep to encode as JSON"
        return JSONProblem(_spell(root, deepest[1]), reason)
    return JSONProblem(root, "")


# What json.dumps builds on each call with these options, built once: every client event
# goes through one (a phone bridge sends fifty a second per call). The same text.
_encode_ascii = json.JSONEncoder(separators=(",", ":"), allow_nan=False).encode
_encode_utf8 = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode

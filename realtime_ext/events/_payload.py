"""Any accepted client-event form -> the plain dict that goes on the wire.

:func:`to_payload` is the one "dict, mapping or ``to_dict()`` object -> dict" conversion:
whole client events (``conn.send``), the nested objects of the event builders
(``session=``, ``item=``, ``response=``) and events read back (tools, errors) go through it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from .._checks import SessionConfig
from .._exceptions import InvalidEventError


def to_payload(value: object, *, name: str | None = None, lenient: bool = False) -> dict[str, Any]:
    """The JSON object for ``value``: a dict, any mapping, or anything with ``to_dict()``
    (a generated model, a parsed event).

    Without ``name``, ``value`` is a whole client event: a dict is returned as it is (not a
    copy) and it must carry a non-empty ``type`` string.

    ``name`` (``"session"``, ``"item"``, ...) makes it a nested object, named so in the
    errors: no ``type`` is needed, and a mapping is always copied (so the caller may add to
    it); a session builder's :class:`~realtime_ext.session.SessionConfig` stays one, keeping
    the ``extra=`` paths the validator lets through.

    ``lenient=True`` reads whatever is there and never raises: no ``type`` is needed and a
    value that is no object (or whose ``to_dict()`` gives none) is ``{}``.

    Raises :class:`InvalidEventError` (unless ``lenient``).

    Example:
        >>> to_payload({"type": "response.create"})
        {'type': 'response.create'}
        >>> to_payload(5, name="session")
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidEventError: session must be a dict or have \
to_dict(), got int
        >>> to_payload(5, lenient=True)
        {}
    """
    if isinstance(value, dict) and name is None:
        data = cast("dict[str, Any]", value)
    elif isinstance(value, Mapping):
        data = _copy(cast("Mapping[str, Any]", value))
    else:
        to_dict = getattr(value, "to_dict", None)
        if not callable(to_dict):
            if lenient:
                return {}
            raise InvalidEventError(
                f"{name or 'a client event'} must be a dict or have to_dict(), "
                f"got {type(value).__name__}"
            )
        result: object = to_dict()
        if not isinstance(result, dict):
            if lenient:
                return {}
            raise InvalidEventError(
                f"{type(value).__name__}.to_dict() returned {type(result).__name__}, not a dict"
            )
        data = cast("dict[str, Any]", result)
    if name is None and not lenient:
        kind = data.get("type")
        if not isinstance(kind, str) or not kind:
            raise InvalidEventError(f"client event has no 'type' string (got {kind!r})")
    return data


def _copy(value: Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(value, SessionConfig) and value.newer:
        copied = SessionConfig(value)
        copied.newer = value.newer
        return copied
    return dict(value)

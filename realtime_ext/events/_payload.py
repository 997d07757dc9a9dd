"""Any accepted client-event form -> the plain dict that goes on the wire."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._exceptions import InvalidEventError


def to_payload(event: object) -> dict[str, Any]:
    """The JSON object for ``event``: a generated model, anything with ``to_dict()``, or a dict.

    Example:
        >>> to_payload({"type": "response.create"})
        {'type': 'response.create'}
    """
    if isinstance(event, dict):
        data: object = event
    elif isinstance(event, Mapping):
        data = dict(event)
    else:
        to_dict = getattr(event, "to_dict", None)
        if not callable(to_dict):
            raise InvalidEventError(
                f"a client event must be a dict or have to_dict(), got {type(event).__name__}"
            )
        data = to_dict()
        if not isinstance(data, dict):
            raise InvalidEventError(
                f"{type(event).__name__}.to_dict() returned {type(data).__name__}, not a dict"
            )
    kind = data.get("type")  # type: ignore[attr-defined]
    if not isinstance(kind, str) or not kind:
        raise InvalidEventError(f"client event has no 'type' string (got {kind!r})")
    return data  # type: ignore[return-value]

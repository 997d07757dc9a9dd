"""A session (and any request object) as the JSON the API gets, checked once.

The one session validator every entry point runs before the wire: the REST calls
(``client_secrets.create``, ``calls.create``/``accept``, GPT-Live's), and what builds a
session outside them (the token endpoint and the Twilio bridge at startup, the CLI's
``--session``, a WebRTC call). Public: code building requests of its own checks a
session with it the same way.

Example:
    >>> session_body({"model": "gpt-realtime"}, ("realtime",), default_type="realtime")
    {'type': 'realtime', 'model': 'gpt-realtime'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, cast

from .._bounded import remember
from .._encode import JSONProblem, json_bytes
from .._exceptions import InvalidArgumentError

__all__ = ["BodyInput", "ToDict", "as_body", "checked_session", "session_body", "session_json"]


class ToDict(Protocol):
    """A generated request model (anything with ``to_dict()``)."""

    def to_dict(self) -> dict[str, Any]:
        """The model as the JSON object sent."""
        ...


BodyInput = Mapping[str, Any] | ToDict
"""A request object: a dict (e.g. from :mod:`realtime_ext.session` builders) or a model."""


# Sessions already found valid, while the same ones come again (a server minting keys for
# one session config sends the same body each time). Keyed by the exact JSON bytes checked
# (what is sent: anything else is refused by json_bytes first); bounded: emptied when full.
CACHE_SIZE = 64
_CHECKED: dict[tuple[tuple[str, ...], type[Any] | None, frozenset[Any], bytes], None] = {}


def as_body(value: object, name: str) -> dict[str, Any]:
    """A JSON object for the wire: a model's ``to_dict()``, a dict as is, another mapping copied.

    Example:
        >>> as_body({"type": "realtime"}, "session")
        {'type': 'realtime'}
    """
    if isinstance(value, dict):
        return cast("dict[str, Any]", value)
    if isinstance(value, Mapping):
        return dict(cast("Mapping[str, Any]", value))
    to_dict: object = getattr(value, "to_dict", None)
    if callable(to_dict):
        result: object = to_dict()
        if isinstance(result, dict):
            return cast("dict[str, Any]", result)
    raise InvalidArgumentError(
        f"{name} must be a dict (e.g. from realtime_ext.session) or a generated model with "
        f"to_dict(), got {type(value).__name__}"
    )


def session_body(
    value: object, kinds: tuple[str, ...], *, default_type: str | None = None
) -> dict[str, Any]:
    """``session=`` of a REST call as JSON, checked by the one session validator.

    ``default_type`` fills a missing ``"type"`` (the calls endpoints take realtime
    sessions only). Raises :class:`~realtime_ext.session.SessionConfigError` (field path,
    allowed names, did-you-mean) before anything is sent.

    Example:
        >>> session_body({"model": "gpt-realtime"}, ("realtime",), default_type="realtime")
        {'type': 'realtime', 'model': 'gpt-realtime'}
    """
    return checked_session(value, kinds, default_type)[0]


def session_json(
    value: object, kinds: tuple[str, ...], *, default_type: str | None = None
) -> bytes:
    """:func:`session_body` as the compact JSON bytes that are sent.

    Example:
        >>> session_json({"model": "gpt-realtime"}, ("realtime",), default_type="realtime")
        b'{"type":"realtime","model":"gpt-realtime"}'
    """
    return checked_session(value, kinds, default_type)[1]


def checked_session(
    value: object,
    kinds: tuple[str, ...],
    default_type: str | None,
    model: type[Any] | None = None,
) -> tuple[dict[str, Any], bytes]:
    """The session as a JSON object and as the bytes sent, checked once; ``model``: a beta
    session endpoint's request model, checked against instead of ``kinds`` (the body is
    the session).

    Example:
        >>> checked_session({"model": "gpt-realtime"}, ("realtime",), "realtime")[1]
        b'{"type":"realtime","model":"gpt-realtime"}'
    """
    from .._validate import check_session
    from ._ga import SessionConfig

    body = as_body(value, "session")
    if default_type is not None and "type" not in body:
        typed = SessionConfig({"type": default_type, **body})
        typed.newer = getattr(body, "newer", frozenset())
        body = typed

    # Encoded first: a value JSON cannot carry (NaN, a set, a circular object) is named by
    # its path, and the validator below only ever walks JSON data.
    content = json_bytes(body, "session", _session_error)
    # The check depends on the session's JSON, its kinds (or model) and the builder's
    # extra= paths alone: a session already found valid is not walked again.
    key = _session_key(body, kinds, model, content)
    if key is None or key not in _CHECKED:
        check_session(body, kinds=kinds, model=model)
        if key is not None:
            remember(_CHECKED, key, None, limit=CACHE_SIZE)
    return body, content


def _session_error(found: JSONProblem) -> Exception:
    from .._exceptions import SessionConfigError

    return SessionConfigError(found.path, found.reason)


def _session_key(
    body: Mapping[str, Any], kinds: tuple[str, ...], model: type[Any] | None, content: bytes
) -> tuple[tuple[str, ...], type[Any] | None, frozenset[Any], bytes] | None:
    newer: object = getattr(body, "newer", None)
    if newer is None:
        return kinds, model, frozenset(), content
    if not isinstance(newer, frozenset):
        return None
    # A frozenset's members are hashable: a usable key (frozenset() of one is itself).
    return kinds, model, frozenset(cast("Iterable[Any]", newer)), content

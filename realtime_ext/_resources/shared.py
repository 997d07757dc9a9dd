"""Helpers every resource uses: path escaping, request bodies, response decoding.

Example:
    >>> path_segment("call_id", "rtc_123")
    'rtc_123'
    >>> path_segment("call_id", "a/../b")
    'a%2F..%2Fb'
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar, cast
from urllib.parse import quote

import httpx

from .._config import Omit, TimeoutTypes
from .._encode import json_bytes, json_with, utf8_text
from .._exceptions import APIResponseValidationError, InvalidArgumentError
from .._lenient import ResponseValidationWarning, construct, diagnose
from .._redact import redact, redact_data
from .._results import ClientSecret, timestamp
from .._retries import RetryPolicy
from .._transport import JSON_TYPE, RequestArgs, sent_path
from ..session.body import ToDict, as_body

if TYPE_CHECKING:
    from .._validate import _Mismatch  # pyright: ignore[reportPrivateUsage]

__all__ = [
    "Operation",
    "Wire",
    "body_model",
    "decode_client_secret",
    "decode_json",
    "expires_after_body",
    "json_wire",
    "merge_body",
    "path_segment",
    "secret_body",
    "wire_args",
]

T = TypeVar("T")

# One HTTP stack: every REST request goes through realtime_ext's transport (retries by
# policy, error mapping, redaction, timeouts, telemetry), which the generated layer's own
# client has none of. From the generated layer realtime_ext reads what the spec states, the
# route and the body framing (an operation's METHOD, path() and BODY_CONTENT_TYPES), without
# building a request there.


class Operation(Protocol):
    """A generated operation module (``realtime_generated.api.realtime.<operation>``) as
    realtime_ext reads it: its method, its ``path(...)`` (the path parameters escaped) and
    the Content-Type of each body type it takes."""

    @property
    def METHOD(self) -> str: ...

    @property
    def BODY_CONTENT_TYPES(self) -> Mapping[type[Any], str]: ...

    @property
    def path(self) -> Callable[..., str]: ...


class Wire(NamedTuple):
    """One request as sent: the generated method and path, the body and its Content-Type."""

    method: str
    path: str
    content: bytes | None
    content_type: str | None


def wire_args(
    wire: Wire,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes | Omit,
    max_retries: int | Omit,
    *,
    accept: str = JSON_TYPE,
    policy: RetryPolicy = RetryPolicy.SAFE,
) -> RequestArgs:
    """The keywords of ``transport.request(wire.method, wire.path, ...)``: the body and the
    caller's per-request options (sync and async resources alike)."""
    return {
        "content": wire.content,
        "content_type": wire.content_type,
        "accept": accept,
        "extra_headers": extra_headers,
        "timeout": timeout,
        "max_retries": max_retries,
        "policy": policy,
    }


def body_model(operation: Operation) -> type[Any]:
    """The request model of a JSON ``operation`` (the one body type it takes).

    Example:
        >>> from realtime_generated.api.realtime import create_realtime_session
        >>> body_model(create_realtime_session).__name__
        'RealtimeSessionCreateRequest'
    """
    ((model, _),) = operation.BODY_CONTENT_TYPES.items()
    return model


def json_wire(operation: Operation, path: str, content: bytes | None) -> Wire:
    """A JSON ``operation`` as sent: its method, ``path`` (the operation's ``path(...)``),
    the body bytes (encoded once, by the caller) and the operation's JSON Content-Type; no
    body, no Content-Type.

    Example:
        >>> from realtime_generated.api.realtime import create_realtime_client_secret as op
        >>> json_wire(op, op.path(), b"{}")[1:]
        ('/realtime/client_secrets', b'{}', 'application/json')
    """
    if content is None:
        return Wire(operation.METHOD, path, None, None)
    ((_, content_type),) = operation.BODY_CONTENT_TYPES.items()
    return Wire(operation.METHOD, path, content, content_type)


class SecretAnswer(Protocol):
    """A generated client-secret answer: the key, its expiry and the session."""

    @property
    def value(self) -> str: ...

    @property
    def expires_at(self) -> int: ...

    @property
    def session(self) -> Any: ...


AnswerT = TypeVar("AnswerT", bound=SecretAnswer)


def path_segment(name: str, value: object) -> str:
    """Escape one path parameter so it can never change the path; refuse empty or dot ids.

    Every character outside RFC 3986's unreserved set is percent-encoded, ``/`` and ``?``
    included. ``.`` and ``..`` are refused outright because URL normalisation (httpx's
    included) would turn them into "this folder" and "the parent folder".

    Example:
        >>> path_segment("call_id", "rtc 1?x")
        'rtc%201%3Fx'
    """
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidArgumentError(f"{name} must not be empty")
    if value in (".", ".."):
        raise InvalidArgumentError(f"{name} must not be {value!r}")
    # A lone surrogate has no UTF-8 form to escape: quote() would raise UnicodeEncodeError.
    return quote(utf8_text(name, value), safe="")


def secret_body(
    expires_after: dict[str, Any] | None,
    session: bytes | None,
    extra_body: Mapping[str, Any] | None,
) -> bytes:
    """The JSON body of a client-secret request (GA or translation), encoded once: the
    checked ``expires_after``, the session's checked JSON bytes spliced in as they are, and
    ``extra_body`` keys on top (an ``extra_body`` ``session`` replaces the checked one, as
    any extra key replaces the field it names).

    Example:
        >>> secret_body({"anchor": "created_at", "seconds": 600}, b'{"type":"realtime"}', None)
        b'{"expires_after":{"anchor":"created_at","seconds":600},"session":{"type":"realtime"}}'
    """
    rest = merge_body({} if expires_after is None else {"expires_after": expires_after}, extra_body)
    if session is None or "session" in rest:
        return json_bytes(rest)
    return json_with(rest, "session", session)


def merge_body(base: dict[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """``base`` with ``extra`` keys on top (a new dict only when there is something to add).

    Example:
        >>> merge_body({"a": 1}, {"b": 2})
        {'a': 1, 'b': 2}
    """
    if extra is not None and not isinstance(extra, Mapping):
        raise InvalidArgumentError(
            f"extra_body must be a dict of fields to add, got {type(extra).__name__}"
        )
    return {**base, **extra} if extra else base


def _is_object(value: object) -> bool:
    """A mapping or a generated model (anything :func:`as_body` takes)."""
    return isinstance(value, Mapping) or callable(getattr(value, "to_dict", None))


def expires_after_body(value: object, model: type[Any], created_at: object) -> dict[str, Any]:
    """``expires_after`` as the API wants it; an int is a number of seconds from creation,
    made into the operation's generated ``model`` with ``anchor=created_at`` (its anchor
    enum's ``CREATED_AT``: each operation has its own pair, which the caller imports when
    used). Either form is checked against that model, its spec bounds included (10-7200
    seconds).

    Example::

        from realtime_generated import models
        expires_after_body(
            600,
            models.RealtimeCreateClientSecretRequestExpiresAfter,
            models.RealtimeCreateClientSecretRequestExpiresAfterAnchor.CREATED_AT,
        )
        # {'anchor': 'created_at', 'seconds': 600}
    """
    if isinstance(value, bool):
        raise InvalidArgumentError("expires_after must be seconds (int) or a dict, got a bool")
    if isinstance(value, int):
        if value <= 0:
            raise InvalidArgumentError(
                f"expires_after must be a positive number of seconds, got {value}"
            )
        from .._validate import model_problem

        made: ToDict = model(anchor=created_at, seconds=value)
        _refuse_expiry(model_problem(made))  # the model as built: no decode, no re-encode
        return made.to_dict()
    if _is_object(value):
        from .._validate import payload_problem

        body = as_body(value, "expires_after")
        # Encoded first, as a session is: a value JSON cannot carry is named as such.
        json_bytes(body, "body.expires_after")
        _refuse_expiry(payload_problem(model, body))
        return body
    hint = ""
    if isinstance(value, str) and value.strip().isdigit():
        hint = f" (pass the number itself: expires_after={int(value.strip())})"
    raise InvalidArgumentError(
        "expires_after must be a number of seconds (int) or a dict such as "
        f"{{'anchor': 'created_at', 'seconds': 600}}, got {type(value).__name__}{hint}"
    )


def _refuse_expiry(found: _Mismatch | None) -> None:
    """The one validator's finding on ``expires_after``, raised as the caller's mistake."""
    if found is not None:
        raise InvalidArgumentError(f"body.expires_after{'.' if found.path else ': '}{found}")


def decode_json(
    response: httpx.Response,
    from_dict: Callable[[dict[str, Any]], T],
    required: tuple[Callable[[dict[str, Any]], str | None], ...] = (),
) -> T:
    """Decode a JSON response with a generated model's ``from_dict``, tolerantly.

    A body that ``from_dict`` refuses is built without validation (see
    :mod:`realtime_ext._lenient`) with a :class:`ResponseValidationWarning` naming each
    mismatch; only when a ``required`` check names a problem (a field the result cannot do
    without) is it an :class:`APIResponseValidationError`, which names the field and cause.

    Example::

        decode_json(response, RealtimeCreateClientSecretResponse.from_dict)
    """
    try:
        decoded: object = response.json()
    except ValueError:
        ctype = response.headers.get("content-type") or "no Content-Type"
        raise APIResponseValidationError(
            f"The response of {sent_path(response.request)} is not valid JSON "
            f"({ctype}, {len(response.content)} bytes); expected a JSON object",
            response=response,
        ) from None
    if not isinstance(decoded, dict):
        raise APIResponseValidationError(
            f"Expected a JSON object from {sent_path(response.request)}, "
            f"got {type(decoded).__name__}",
            response=response,
            body=redact_data(decoded),
        )
    data = cast("dict[str, Any]", decoded)
    for check in required:
        problem = check(data)
        if problem is not None:
            # A real failure: the result cannot be formed without this field.
            raise _unusable(response, f"cannot be used: {problem}", data)
    try:
        return from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        failure = exc
    # The call worked; a body off the spec is decoded leniently and reported, not fatal.
    owner: object = getattr(from_dict, "__self__", None)
    if not isinstance(owner, type):
        raise _unusable(
            response, f"could not be decoded: {type(failure).__name__}", data
        ) from failure
    model = cast("type[T]", owner)
    problems = diagnose(model, data)
    warnings.warn(
        ResponseValidationWarning(
            f"The response of {sent_path(response.request)} does not match the spec "
            f"({redact('; '.join(problems))}); it was decoded leniently, as sent "
            "(the raw body is in .response.json())"
        ),
        stacklevel=4,
    )
    result: T = construct(model, data)
    return result


def _unusable(response: httpx.Response, why: str, data: object) -> APIResponseValidationError:
    """The error for a JSON object that came back but cannot be made into the result."""
    return APIResponseValidationError(
        f"The response of {sent_path(response.request)} {why}",
        response=response,
        body=redact_data(data),
    )


def _secret_value(data: dict[str, Any]) -> str | None:
    value = data.get("value")
    if isinstance(value, str) and value:
        return None
    return "field 'value' (the ephemeral key) is " + (
        "missing" if value is None else f"a {type(value).__name__}, not a string"
    )


def _secret_expiry(data: dict[str, Any]) -> str | None:
    expires_at = data.get("expires_at")
    if isinstance(expires_at, int) and not isinstance(expires_at, bool):
        return None
    return "field 'expires_at' is " + (
        "missing" if expires_at is None else f"a {type(expires_at).__name__}, not Unix seconds"
    )


def decode_client_secret(
    response: httpx.Response, from_dict: Callable[[dict[str, Any]], AnswerT]
) -> ClientSecret[Any, AnswerT]:
    """Decode a client-secret answer (GA or translation) into a :class:`ClientSecret`.

    Example::

        decode_client_secret(response, RealtimeCreateClientSecretResponse.from_dict).value
    """
    parsed = decode_json(response, from_dict, (_secret_value, _secret_expiry))
    return ClientSecret(
        value=parsed.value,
        expires_at=timestamp(parsed.expires_at),
        session=parsed.session,
        parsed=parsed,
        response=response,
    )

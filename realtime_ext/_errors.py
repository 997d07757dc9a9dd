"""The one exception hierarchy of realtime_ext, rooted at :class:`RealtimeError`.

Names follow the official ``openai`` package (``APIStatusError``, ``RateLimitError``...)
so ``except`` clauses carry over. Messages are meant to be printed as they are; no
exception here ever holds an API key or an ephemeral key in its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Annotations only: `import realtime_ext` (errors, sdp, webhooks, events) stays free of httpx.
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeError",
    "RealtimeServerError",
    "UnprocessableEntityError",
]


class RealtimeError(Exception):
    """Base of every error raised by realtime_ext.

    Example::

        try:
            client.calls.hangup("rtc_123")
        except RealtimeError as exc:
            print(exc)
    """


class RealtimeServerError(RealtimeError):
    """The Realtime server answered with an ``error`` event (a refused or failed client event).

    Raised by a connection's ``recv``, iteration, ``run_until``, ``run`` and the audio
    helpers unless an ``error`` handler is registered (``conn.on("error", ...)``).
    ``event_id`` is the id of the client event it answers (when the client sent one);
    ``event`` is the whole server event.

    Example::

        try:
            conn.run_until("response.done")
        except RealtimeServerError as exc:
            print(exc.type, exc.code, exc.param, exc.event_id)
    """

    def __init__(
        self,
        message: str,
        *,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        event_id: str | None = None,
        event: Any = None,
    ) -> None:
        details = ", ".join(
            f"{name}={value!r}"
            for name, value in (("type", type), ("code", code), ("param", param))
            if value is not None
        )
        super().__init__(f"{message} ({details})" if details else message)
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.event_id = event_id
        self.event = event


class InvalidArgumentError(RealtimeError, ValueError):
    """A caller-supplied value is wrong; raised before anything goes on the wire.

    Example::

        client.calls.hangup("")  # InvalidArgumentError: call_id must not be empty
    """


class APIError(RealtimeError):
    """A request to the API failed (on the network or with an error status)."""

    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The API could not be reached, or the connection dropped.

    Example::

        except APIConnectionError as exc:
            print("network trouble:", exc)
    """

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """The API answered with a success status but a body or headers the SDK cannot use.

    Example::

        except APIResponseValidationError as exc:
            print(exc.status_code, exc)  # e.g. 201 "... no Location header ..."
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id: str | None = response.headers.get("x-request-id")

    def __str__(self) -> str:
        suffix = f" request_id={self.request_id}" if self.request_id else ""
        return f"{self.message} (HTTP {self.status_code}){suffix}"


class APIStatusError(APIError):
    """The API answered with an error status (4xx or 5xx).

    Carries the status code, the OpenAI error body fields and the ``x-request-id`` to quote
    to support.

    Example::

        except APIStatusError as exc:
            print(exc.status_code, exc.code, exc.request_id)
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id: str | None = response.headers.get("x-request-id")
        error = body.get("error") if isinstance(body, dict) else None
        error = error if isinstance(error, dict) else {}
        self.type: str | None = _str_or_none(error.get("type"))
        self.code: str | None = _str_or_none(error.get("code"))
        self.param: str | None = _str_or_none(error.get("param"))

    def __str__(self) -> str:
        parts = [f"Error code: {self.status_code} - {self.message}"]
        if self.type:
            parts.append(f"type={self.type}")
        if self.code:
            parts.append(f"code={self.code}")
        if self.param:
            parts.append(f"param={self.param}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join(parts)


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key or ephemeral key is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404, e.g. an unknown or finished call id."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built without one
    except RuntimeError:
        return False
    return True


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)

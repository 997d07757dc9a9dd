"""Errors raised by the API functions.

Every API function (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``) raises
``UnexpectedStatus`` when the server answers with a status the spec does not document as
the operation's success, unless the client was made with ``raise_on_unexpected_status=False``
(then the detailed functions return the ``Response``)::

    try:
        hangup_realtime_call.sync("rtc_1", client=client)
    except errors.UnexpectedStatus as exc:
        print(exc.status_code, exc.request_id, exc.error_code, exc.message)
"""

import json
from collections.abc import Mapping
from typing import Any

import httpx


class UnexpectedStatus(Exception):
    """The API answered with a status the operation does not document as success.

    Attributes:
        status_code: the HTTP status.
        content: the raw response body.
        headers: the response headers (``httpx.Headers``, case-insensitive).
        request_id: the ``x-request-id`` header (quote it to OpenAI support), or None.
        body: the parsed JSON body, or None when the body is not JSON.
        message, error_type, error_code, param: the fields of OpenAI's ``{"error": {...}}``
            body when present, else None.
    """

    def __init__(self, status_code: int, content: bytes, headers: Mapping[str, str] | None = None) -> None:
        self.status_code: int = status_code
        self.content: bytes = content
        self.headers: httpx.Headers = httpx.Headers(headers or {})
        self.request_id: str | None = self.headers.get("x-request-id")
        self.body: Any = None
        try:
            self.body = json.loads(content) if content else None
        except (ValueError, RecursionError):
            self.body = None
        error = self.body.get("error") if isinstance(self.body, dict) else None
        error = error if isinstance(error, dict) else {}
        self.message: str | None = _text(error.get("message"))
        self.error_type: str | None = _text(error.get("type"))
        self.error_code: str | None = _text(error.get("code"))
        self.param: str | None = _text(error.get("param"))
        detail = self.message or content.decode(errors="ignore")[:500]
        request = f" (request id {self.request_id})" if self.request_id else ""
        super().__init__(f"Unexpected status code: {status_code}{request}\n\nResponse content:\n{detail}")


class UndecodableResponse(UnexpectedStatus):
    """The API answered with a status the operation documents, but its body does not decode
    (not JSON, or not the documented shape). A subclass of ``UnexpectedStatus``: code that
    handles one handles both. ``error`` is what decoding raised. The message never carries
    the body, which may hold a client secret; ``content`` does.
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        headers: Mapping[str, str] | None = None,
        error: BaseException | None = None,
    ) -> None:
        super().__init__(status_code, content, headers)
        self.error: BaseException | None = error
        request = f" (request id {self.request_id})" if self.request_id else ""
        why = f": {type(error).__name__}" if error is not None else ""
        Exception.__init__(self, f"The {status_code} response body does not decode{why}{request}")


class EventDecodeError(ValueError):
    """A Realtime event that cannot be decoded: not JSON, not a JSON object, no string
    ``type``, or a known type with a required field missing or a field of the wrong shape.

    Attributes:
        event_type: the event's ``type`` when it has one, else None.
        field: the missing required field, when that is the problem, else None.
        error: what decoding raised, when something did (kept out of the message, which
            never carries a value from the event).

    An unknown ``type`` is not an error: ``decode_server_event`` returns an
    ``UnknownServerEvent``.
    """

    def __init__(
        self,
        reason: str,
        *,
        event_type: str | None = None,
        field: str | None = None,
        error: BaseException | None = None,
    ) -> None:
        self.event_type: str | None = event_type
        self.field: str | None = field
        self.error: BaseException | None = error
        super().__init__(f"{event_type}: {reason}" if event_type else reason)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


__all__ = ["EventDecodeError", "UndecodableResponse", "UnexpectedStatus"]

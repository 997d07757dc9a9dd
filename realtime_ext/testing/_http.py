"""Just enough HTTP/1.1 to read one request (head and body) and write one response.

Hand-written on purpose: ``websockets`` refuses requests with a body and the standard
library's ``http.server`` is blocking, while the fake server must answer REST calls and
WebSocket upgrades on one asyncio port. Header parsing is delegated to :mod:`email`.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._ids import new_id

MAX_BODY = 16 * 2**20
MAX_HEAD = 64 * 2**10


class HttpError(Exception):
    """A request the server answers with an OpenAI-style error body and ``status``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param

    def body(self) -> dict[str, Any]:
        """The ``{"error": {...}}`` payload the real API sends."""
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }


@dataclass(frozen=True)
class RecordedRequest:
    """One HTTP request the fake server received, kept for assertions.

    >>> req = RecordedRequest("POST", "/v1/realtime/calls", {}, {"content-type": "x"}, b"")
    >>> req.header("Content-Type")
    'x'
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: Mapping[str, str] = field(repr=False)
    body: bytes = field(repr=False)

    def header(self, name: str, default: str | None = None) -> str | None:
        """Header value by case-insensitive name."""
        return self.headers.get(name.lower(), default)

    def json(self) -> Any:
        """The body parsed as JSON (raises :class:`ValueError` if it is not JSON)."""
        return json.loads(self.body or b"null")


@dataclass
class Response:
    """An HTTP response to serialize; ``json_body`` wins over ``body`` when given."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict[str, str])

    @classmethod
    def json(cls, status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
        """A JSON response: ``Response.json(200, {"ok": True})``."""
        data = json.dumps(payload).encode()
        return cls(status, data, "application/json", dict(headers or {}))

    @classmethod
    def error(cls, exc: HttpError) -> Response:
        """The OpenAI-style error body for ``exc``."""
        return cls.json(exc.status, exc.body())


def parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    """Split a request head into ``(method, target, lower-cased headers)``."""
    request_line, _, rest = head.partition(b"\r\n")
    parts = request_line.decode("latin-1").split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise HttpError(400, f"malformed HTTP request line: {request_line[:80]!r}")
    message = email.parser.BytesHeaderParser(policy=email.policy.HTTP).parsebytes(rest)
    headers = {k.lower(): str(v) for k, v in message.items()}
    return parts[0].upper(), parts[1], headers


async def read_body(reader: asyncio.StreamReader, headers: Mapping[str, str]) -> bytes:
    """Read the body announced by ``Content-Length`` (chunked bodies are refused)."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raise HttpError(411, "chunked request bodies are not supported; send Content-Length")
    raw = headers.get("content-length", "0").strip() or "0"
    if not raw.isdigit():
        raise HttpError(400, f"invalid Content-Length header: {raw[:20]!r}")
    length = int(raw)
    if length > MAX_BODY:
        raise HttpError(413, f"request body of {length} bytes exceeds {MAX_BODY}")
    return await reader.readexactly(length) if length else b""


def make_record(method: str, target: str, headers: dict[str, str], body: bytes) -> RecordedRequest:
    """Build a :class:`RecordedRequest` from the parsed pieces."""
    parts = urlsplit(target)
    return RecordedRequest(method, parts.path, parse_qs(parts.query), headers, body)


def serialize(response: Response, *, keep_alive: bool) -> bytes:
    """The response as bytes, always with an ``x-request-id`` like the real API."""
    phrase = HTTPStatus(response.status).phrase
    headers = {"x-request-id": new_id("req", 16), **response.headers}
    if response.content_type:
        headers["Content-Type"] = response.content_type
    headers["Content-Length"] = str(len(response.body))
    headers["Connection"] = "keep-alive" if keep_alive else "close"
    lines = [f"HTTP/1.1 {response.status} {phrase}"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.body

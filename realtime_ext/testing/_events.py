"""Builders for server events (every event gets a fresh ``event_id``), and the error a bad
client event raises inside the fake server (:class:`ClientError`, answered with ``error``).
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any, TypedDict, Unpack

from ._ids import new_id

JSON = dict[str, Any]


class ClientError(Exception):
    """A client event the real API would answer with an ``error`` event."""

    def __init__(self, message: str, *, code: str | None = None, param: str | None = None):
        super().__init__(message)
        self.message, self.code, self.param = message, code, param


def decode_audio(audio: str) -> bytes:
    """The bytes of a client event's base64 ``audio``, or the API's error for bad base64.

    >>> decode_audio("AAA=")
    b'\\x00\\x00'
    """
    try:
        return base64.b64decode(audio, validate=True)
    except (binascii.Error, ValueError):
        raise ClientError(
            "Invalid 'audio': expected base64-encoded audio bytes.",
            code="invalid_value",
            param="audio",
        ) from None


def event(type_: str, **fields: Any) -> JSON:
    """A server event with a fresh id.

    >>> event("input_audio_buffer.cleared")["type"]
    'input_audio_buffer.cleared'
    """
    return {"type": type_, "event_id": new_id("event"), **fields}


class ErrorFields(TypedDict, total=False):
    """An ``error`` event's fields besides its message, as the fake's handlers take them
    (each API's handler puts them in its own shape)."""

    type: str
    """``invalid_request_error`` unless given (``server_error``...)."""
    code: str | None
    param: str | None
    event_id: str | None
    """The client event that caused it."""


def error_event(message: str, **fields: Unpack[ErrorFields]) -> JSON:
    """An ``error`` server event in the Realtime API's shape; ``event_id`` names the client
    event that caused it.

    >>> error_event("bad", code="invalid_value")["error"]["code"]
    'invalid_value'
    """
    return event(
        "error",
        error={
            "type": fields.get("type", "invalid_request_error"),
            "code": fields.get("code"),
            "message": message,
            "param": fields.get("param"),
            "event_id": _client_event_id(fields.get("event_id")),
        },
    )


def _client_event_id(given: object) -> str | None:
    # The client's event_id as it sent it, when a string: a client that sent another type
    # (refused for it) is answered with null, as the spec types the field, not its value.
    return given if isinstance(given, str) else None


OBFUSCATED_LENGTH = 16
"""The real API pads each text delta with random characters (its ``obfuscation`` field) so a
delta and its padding are 16 characters together: the length of a token on the wire says
nothing about the token (a side channel on encrypted traffic)."""


def obfuscation(delta: str) -> str:
    """Random padding for ``delta``, as the real API's ``obfuscation`` field.

    >>> len("Hello" + obfuscation("Hello"))
    16
    """
    size = max(1, OBFUSCATED_LENGTH - len(delta))
    # From new_id, the fake's one source of randomness (tests that fix it fix this too).
    return new_id("pad", OBFUSCATED_LENGTH).partition("_")[2][:size]


def tokens(text: str) -> list[str]:
    """``text`` as a model's tokens come in deltas: words and punctuation apart, each with
    the space before it; joined, they are ``text`` again.

    >>> tokens("Hi there!")
    ['Hi', ' there', '!']
    """
    return re.findall(r"\s*[\w']+|\s*[^\w\s]|\s+$", text)

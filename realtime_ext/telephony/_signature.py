"""Twilio's request signature (``X-Twilio-Signature``), checked on each Media Stream.

Twilio signs every request it makes to an app, the WebSocket upgrade of a Media Stream
included: base64 of HMAC-SHA1, keyed with the account's auth token, over the URL it called
(followed by each POST parameter, sorted by name, as name then value; an upgrade has none).
A stream URL is public (it is in the TwiML), so without this check anyone who learns it can
open a Realtime conversation billed to the app's API key. Twilio asks every Media Streams
server to check it.

Written here with :mod:`hmac` rather than taken from the ``twilio`` package: it is these few
lines, and that package would bring its REST client and HTTP stack into every phone agent.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from realtime_ext import InvalidArgumentError

SIGNATURE_HEADER = b"x-twilio-signature"
AUTH_TOKEN_ENV = "TWILIO_AUTH_TOKEN"
"""The environment variable the Twilio account's auth token is read from by default."""
_DEFAULT_PORTS = {"wss": 443, "https": 443, "ws": 80, "http": 80}


def check_auth_token(value: object, name: str = "auth_token") -> str:
    """``value`` if it can key a signature (a non-empty str that encodes as UTF-8); else
    the SDK's error naming ``name`` (where the token came from).

    Example:
        >>> check_auth_token("0123456789abcdef")
        '0123456789abcdef'
    """
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(
            f"{name} must be the Twilio account's auth token (a non-empty str), got "
            f"{type(value).__name__}"
        )
    try:
        value.encode()
    except UnicodeEncodeError:
        raise InvalidArgumentError(f"{name} must be text (no lone surrogates)") from None
    return value


def env_auth_token() -> str | None:
    """The auth token ``TWILIO_AUTH_TOKEN`` holds, checked as a given one and named in the
    error (each signature would fail on a bad one); ``None`` when it is unset or empty. The
    bridge's default, and the fake caller's (the same environment's account)."""
    found = os.environ.get(AUTH_TOKEN_ENV)
    return check_auth_token(found, AUTH_TOKEN_ENV) if found else None


def twilio_signature(auth_token: str, url: str) -> str:
    """The ``X-Twilio-Signature`` Twilio sends with a request to ``url`` (no POST body, as
    a Media Stream's WebSocket upgrade): base64 of HMAC-SHA1 of ``url`` keyed with the
    account's ``auth_token``. For tests that play Twilio, and to check a signature by hand.

    Example:
        >>> twilio_signature("12345", "wss://agent.example.com/media")
        'TCuyLsF3K3bRblNbw7eu4s9Zuks='
    """
    key = check_auth_token(auth_token).encode()
    if not isinstance(url, str) or not url:
        raise InvalidArgumentError(f"url must be a non-empty str, got {type(url).__name__}")
    try:
        message = url.encode()
    except UnicodeEncodeError:
        raise InvalidArgumentError(
            "url must be text Twilio could have signed (no lone surrogates)"
        ) from None
    return base64.b64encode(hmac.new(key, message, hashlib.sha1).digest()).decode()


def signed_by_twilio(auth_token: str, url: str, signature: bytes | None) -> bool:
    """Whether ``signature`` (the header's bytes) is Twilio's for ``url``; like Twilio's own
    validators, the URL is also tried with its default port added, or removed."""
    if not signature:
        return False
    return any(
        hmac.compare_digest(twilio_signature(auth_token, candidate).encode(), signature)
        for candidate in _port_variants(url)
    )


def _port_variants(url: str) -> Iterator[str]:
    yield url
    parts = urlsplit(url)
    default = _DEFAULT_PORTS.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:  # not a port at all: the URL as it is, only
        return
    if default is None or not parts.hostname:
        return
    if port is None:
        yield urlunsplit(parts._replace(netloc=f"{parts.netloc}:{default}"))
    elif port == default:
        yield urlunsplit(parts._replace(netloc=parts.netloc.rsplit(":", 1)[0]))

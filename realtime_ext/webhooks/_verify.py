"""Check and make Standard Webhooks signatures (``webhook-id``/``-timestamp``/``-signature``).

The HMAC recipe itself is standardwebhooks' ``Webhook.sign``. Its ``Webhook.verify`` is not
used because it hard-codes a 5-minute tolerance, raises one generic exception for every
problem (so the caller cannot tell a missing header from a replay), and crashes with a bare
``ValueError``/``binascii.Error`` on a signature entry without a comma or with bad base64.
The surrounding checks are therefore done here, then the expected signature is compared
with each offered one in constant time.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import time
import uuid
from datetime import UTC, datetime

from .._config import check_header_value
from .._exceptions import (
    InvalidArgumentError,
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    WebhookTimestampTooNewError,
    WebhookTimestampTooOldError,
)
from .._redact import short_repr
from ._headers import (
    ID_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    HeadersLike,
    read_signature_headers,
)
from ._secret import load_signers

__all__ = ["DEFAULT_TOLERANCE", "check_tolerance", "payload_text", "sign", "verify"]

DEFAULT_TOLERANCE = 300
"""Seconds a ``webhook-timestamp`` may differ from now (either way) before it is refused."""
_VERSION = "v1"


def payload_text(payload: str | bytes) -> str:
    """The body as text (UTF-8), as it was signed: a ``str`` that UTF-8 cannot carry (a
    lone surrogate) was never signed, and is refused as a body that is not UTF-8."""
    if isinstance(payload, str):
        if not payload.isascii():
            try:
                payload.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidWebhookPayloadError(
                    "webhook body is not valid UTF-8 (it holds a lone surrogate)"
                ) from None
        return payload
    if isinstance(payload, bytes | bytearray | memoryview):
        try:
            return bytes(payload).decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidWebhookPayloadError("webhook body is not valid UTF-8") from None
    raise InvalidArgumentError(f"payload must be str or bytes, got {type(payload).__name__}")


def _offered_signatures(entries: tuple[str, ...]) -> list[bytes]:
    # Entries are "<version>,<base64>"; other versions (e.g. v1a, asymmetric) and entries
    # that do not decode are skipped rather than fatal, so one odd entry cannot hide a
    # good one during a key rotation.
    # An entry without a comma is taken as a bare v1 signature, as the openai package does:
    # it still has to match the HMAC, so accepting it cannot let a forgery through.
    found: list[bytes] = []
    for entry in entries:
        version, sep, encoded = entry.partition(",")
        if not sep:
            version, encoded = _VERSION, entry
        if version != _VERSION:
            continue
        try:
            found.append(base64.b64decode(encoded, validate=True))
        except (binascii.Error, ValueError):
            continue
    return found


# Any Unix time in seconds until the year 5138 is below this; a millisecond one is above.
_MILLISECONDS_FLOOR = 10**11
_MILLISECONDS_HINT = (
    " (it looks like milliseconds: webhook-timestamp must be whole seconds since the epoch)"
)


def check_tolerance(tolerance: int) -> None:
    """Refuse a ``tolerance`` that is not a whole number of seconds >= 0 (``verify``,
    ``unwrap``, ``client.webhooks`` and ``asgi.webhook_endpoint`` check it alike).

    Example:
        >>> check_tolerance(300)
        >>> check_tolerance(-1)
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: tolerance must be a non-negative number ...
    """
    if isinstance(tolerance, bool) or not isinstance(tolerance, int) or tolerance < 0:
        raise InvalidArgumentError(
            f"tolerance must be a non-negative number of seconds, got {tolerance!r}"
        )


def verify(
    payload: str | bytes,
    headers: HeadersLike,
    *,
    secret: str | None = None,
    tolerance: int = DEFAULT_TOLERANCE,
) -> None:
    """Check that ``payload`` was signed by OpenAI with ``secret``; raise if not.

    ``headers`` is any mapping (any key case) or a list of ``(name, value)`` pairs.
    ``secret`` defaults to ``$OPENAI_WEBHOOK_SECRET``. ``tolerance`` is the accepted
    clock difference in seconds, in both directions. Several space-separated signatures
    (key rotation) are accepted if any one matches.

    Raises :class:`MissingWebhookHeaderError`, :class:`WebhookTimestampTooOldError`,
    :class:`WebhookTimestampTooNewError` or :class:`InvalidWebhookSignatureError` (all
    ``InvalidWebhookSignatureError``: the delivery is bad), or :class:`WebhookConfigError`
    (not a ``WebhookError``: this server's secret is missing or unusable). Every one is
    a ``ValueError`` and they come in the openai package's order: secret, then the
    ``webhook-signature``, ``webhook-timestamp`` and ``webhook-id`` headers, then the time
    window, then the signature.

    Compatible with openai where that is safe: a secret without ``whsec_`` is used as the
    raw key text (and, when it is base64, as the decoded key too: the dashboard's secret
    stored without its prefix), and a signature entry without ``v1,`` is read as a bare v1 signature
    (both still have to match the HMAC). Stricter where it helps: a ``whsec_`` secret that
    is not base64 and an API key (``sk-``/``ek_``) passed as the secret are refused with a
    message saying so, instead of failing every verification.

    Example::

        verify(request.body, request.headers, secret="whsec_...")
    """
    check_tolerance(tolerance)
    if not isinstance(payload, str | bytes):
        raise InvalidArgumentError(
            f"payload must be the raw request body (str or bytes), got {type(payload).__name__}"
        )
    # The openai package's order: the secret, the headers, the time window, the signature.
    signers = load_signers(secret)
    parsed = read_signature_headers(headers)

    skew = int(time.time()) - parsed.timestamp
    if skew > tolerance:
        raise WebhookTimestampTooOldError(skew=skew, tolerance=tolerance)
    if -skew > tolerance:
        hint = _MILLISECONDS_HINT if parsed.timestamp > _MILLISECONDS_FLOOR else ""
        raise WebhookTimestampTooNewError(skew=skew, tolerance=tolerance, hint=hint)
    body = payload_text(payload)

    offered = _offered_signatures(parsed.signatures)
    if not offered:
        raise InvalidWebhookSignatureError(
            f"{SIGNATURE_HEADER} header holds no '{_VERSION},<base64>' signature"
        )
    when = datetime.fromtimestamp(parsed.timestamp, tz=UTC)
    # Every pair is compared (no early exit) so timing does not tell which one matched.
    matched = False
    for signer in signers:
        expected = base64.b64decode(signer.sign(parsed.msg_id, when, body).partition(",")[2])
        for candidate in offered:
            matched |= hmac.compare_digest(expected, candidate)
    if not matched:
        raise InvalidWebhookSignatureError(
            "webhook signature does not match the body, id and timestamp "
            "(wrong secret, or the request was altered)"
        )


def sign(
    payload: str | bytes,
    secret: str | None = None,
    *,
    msg_id: str | None = None,
    timestamp: int | float | datetime | None = None,
) -> dict[str, str]:
    """Sign ``payload`` like OpenAI does; returns the three ``webhook-*`` headers.

    For tests and for apps that forward webhooks. ``msg_id`` defaults to a fresh
    ``msg_...`` id and ``timestamp`` (Unix seconds or an aware datetime) to now;
    ``secret`` defaults to ``$OPENAI_WEBHOOK_SECRET``.

    Example:
        >>> headers = sign('{"type": "ping"}', "whsec_c2VjcmV0", msg_id="msg_1", timestamp=1719168000)
        >>> headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"][:3]
        ('msg_1', '1719168000', 'v1,')
    """  # noqa: E501
    signer = load_signers(secret)[0]
    if timestamp is None:
        timestamp = time.time()
    if isinstance(timestamp, datetime):
        if timestamp.tzinfo is None:
            raise InvalidArgumentError("timestamp datetime must be timezone-aware")
        when = timestamp
    elif isinstance(timestamp, int | float) and not isinstance(timestamp, bool):
        try:
            when = datetime.fromtimestamp(int(timestamp), tz=UTC)
        except (ValueError, OverflowError, OSError):  # NaN, infinity, past year 9999
            raise InvalidArgumentError(
                f"timestamp must be Unix seconds a datetime can hold, got {short_repr(timestamp)}"
            ) from None
    else:
        raise InvalidArgumentError(
            f"timestamp must be Unix seconds or a datetime, got {type(timestamp).__name__}"
        )
    msg_id = msg_id if msg_id is not None else f"msg_{uuid.uuid4().hex}"
    if not msg_id:
        raise InvalidArgumentError("msg_id must not be empty")
    # It becomes the webhook-id header: printable ASCII, no line break to inject another.
    check_header_value(ID_HEADER, msg_id)
    # standardwebhooks drops the datetime's zone (replace(tzinfo=UTC)), so hand it UTC.
    when = when.astimezone(UTC)
    return {
        ID_HEADER: msg_id,
        TIMESTAMP_HEADER: str(int(when.timestamp())),
        SIGNATURE_HEADER: signer.sign(msg_id, when, payload_text(payload)),
    }

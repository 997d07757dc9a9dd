"""Read the three Standard Webhooks headers from whatever a web framework hands over."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeAlias, cast

from .._exceptions import (
    InvalidArgumentError,
    InvalidWebhookSignatureError,
    MissingWebhookHeaderError,
)

__all__ = [
    "ID_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "HeadersLike",
    "SignatureHeaders",
    "read_signature_headers",
]

HeadersLike: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]
"""A headers mapping (any key case: dict, ``httpx.Headers``...) or a list of pairs."""

ID_HEADER = "webhook-id"
"""The delivery's id, signed: the key a redelivery is recognised by."""
TIMESTAMP_HEADER = "webhook-timestamp"
"""When the delivery was signed, whole seconds since the epoch, signed."""
SIGNATURE_HEADER = "webhook-signature"
"""The ``v1,<base64>`` signatures, space-separated (several during a key rotation)."""


@dataclass(frozen=True)
class SignatureHeaders:
    """The parsed ``webhook-id``, ``webhook-timestamp`` (as given and as an int) and
    ``webhook-signature`` entries."""

    msg_id: str
    timestamp_text: str
    timestamp: int
    signatures: tuple[str, ...]


def _lowered(headers: HeadersLike) -> dict[str, list[str]]:
    # Web frameworks disagree on header case (WSGI upper-cases, ASGI lower-cases, plain
    # dicts keep whatever the test wrote), and standardwebhooks only lower-cases dict keys,
    # so every value is collected under its lower-cased name, repeats kept in order.
    pairs: Iterable[tuple[object, object]]
    given: object = headers  # as given: the checks below narrow `headers`, not this
    if isinstance(headers, str | bytes) or not isinstance(headers, Mapping | Iterable):
        raise InvalidArgumentError(
            "headers must be the request's headers: a mapping (e.g. request.headers) or a "
            f"list of (name, value) pairs, got {type(headers).__name__}"
        )
    multi_items = getattr(given, "multi_items", None)
    if callable(multi_items):  # httpx.Headers: items() would join repeats with ", "
        pairs = cast("Iterable[tuple[object, object]]", multi_items())
    elif isinstance(headers, Mapping):
        pairs = cast("Iterable[tuple[object, object]]", headers.items())
    else:
        pairs = headers
    found: dict[str, list[str]] = {}
    for pair in pairs:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise InvalidArgumentError(
                f"headers must hold (name, value) pairs, got an item of type {type(pair).__name__}"
            )
        name, value = pair
        found.setdefault(str(name).strip().lower(), []).append(str(value))
    return found


def _required(found: dict[str, list[str]], name: str) -> list[str]:
    values = [v.strip() for v in found.get(name, []) if v.strip()]
    if not values:
        raise MissingWebhookHeaderError(name)
    return values


def read_signature_headers(headers: HeadersLike) -> SignatureHeaders:
    """Pick the signature headers out of ``headers``, case-insensitively.

    Repeated ``webhook-signature`` headers are merged (each may hold several
    space-separated ``v1,<base64>`` entries during a key rotation).

    Example:
        >>> h = read_signature_headers(
        ...     {"Webhook-Id": "msg_1", "WEBHOOK-TIMESTAMP": "1719168000", "webhook-signature": "v1,AA=="}
        ... )
        >>> h.msg_id, h.timestamp, h.signatures
        ('msg_1', 1719168000, ('v1,AA==',))
    """  # noqa: E501
    found = _lowered(headers)
    # Checked in the openai package's order (signature, timestamp, id), so the same
    # request gets the same first complaint from both.
    signatures = tuple(
        entry for value in _required(found, SIGNATURE_HEADER) for entry in value.split()
    )
    timestamp_text = _required(found, TIMESTAMP_HEADER)[0]
    msg_id = _required(found, ID_HEADER)[0]
    # The signed content uses the header text verbatim, so only the canonical decimal
    # spelling is accepted: int() alone would also take "+17", "017" or "1_7".
    # At most 20 digits (2**64 has 20) before int(): longer runs would meet int()'s own
    # 4,300-digit limit (a bare ValueError) and are no timestamp anyway.
    if (
        len(timestamp_text) > 20
        or not (timestamp_text.isascii() and timestamp_text.isdigit())
        or str(int(timestamp_text)) != timestamp_text
    ):
        raise InvalidWebhookSignatureError(
            f"{TIMESTAMP_HEADER} header is not a Unix timestamp in whole seconds"
        )
    return SignatureHeaders(msg_id, timestamp_text, int(timestamp_text), signatures)

"""Turn a verified webhook body into a typed event, with a precise error when it is not one."""

from __future__ import annotations

import json
from typing import Any, cast

import realtime_generated.models

from .._exceptions import InvalidWebhookPayloadError
from ._events import REALTIME_CALL_INCOMING, UnknownWebhookEvent
from ._typed import TYPED, WebhookEvent
from ._verify import payload_text

__all__ = ["parse_event"]


def _require(
    obj: dict[str, Any], key: str, kind: type, path: str, event: str = REALTIME_CALL_INCOMING
) -> Any:
    if key not in obj:
        raise InvalidWebhookPayloadError(f"{event} is missing required field", field=path)
    value = obj[key]
    # bool is an int subclass; a JSON true is never a valid created_at.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise InvalidWebhookPayloadError(
            f"{event} field must be a JSON {_JSON_NAMES[kind]}", field=path
        )
    return value


_JSON_NAMES: dict[type, str] = {str: "string", int: "integer", dict: "object", list: "array"}


def _check_envelope(body: dict[str, Any], event: str, id_field: str) -> dict[str, Any]:
    # The generated from_dict trusts its input (a missing key is a bare KeyError, a wrong
    # type passes through), so the required fields are checked here first.
    _require(body, "id", str, "id", event)
    _require(body, "created_at", int, "created_at", event)
    data: dict[str, Any] = _require(body, "data", dict, "data", event)
    if not _require(data, id_field, str, f"data.{id_field}", event):
        raise InvalidWebhookPayloadError(
            f"{event} field must not be empty", field=f"data.{id_field}"
        )
    return data


def _check_call_incoming(body: dict[str, Any], event: str, id_field: str) -> None:
    data = _check_envelope(body, event, id_field)
    headers = _require(data, "sip_headers", list, "data.sip_headers", event)
    for index, item in enumerate(headers):
        where = f"data.sip_headers[{index}]"
        if not isinstance(item, dict):
            raise InvalidWebhookPayloadError(f"{event} field must be a JSON object", field=where)
        header = cast("dict[str, Any]", item)  # a JSON object
        _require(header, "name", str, f"{where}.name", event)
        _require(header, "value", str, f"{where}.value", event)


def _known_transport(body: dict[str, Any], event: str, known: str) -> bool:
    """Whether ``data.type`` is the transport this SDK models for ``event``; a newer one
    makes the event an :class:`UnknownWebhookEvent` (kept whole), never an error."""
    transport = _require(body["data"], "type", str, "data.type", event)
    return bool(transport == known)


def _decode(payload: str) -> dict[str, Any]:
    try:
        body = json.loads(payload)
    except (ValueError, RecursionError):
        raise InvalidWebhookPayloadError("webhook body is not valid JSON") from None
    if not isinstance(body, dict):
        raise InvalidWebhookPayloadError("webhook body is not a JSON object")
    return cast("dict[str, Any]", body)  # a JSON object


def parse_event(payload: str | bytes) -> WebhookEvent:
    """The typed event in a webhook body (already verified: this does not check signatures).

    Example:
        >>> parse_event('{"type": "batch.completed", "id": "evt_1", "created_at": 1}').type
        'batch.completed'
    """
    body = _decode(payload_text(payload))
    event_type = body.get("type")
    if event_type is None:
        raise InvalidWebhookPayloadError("webhook body is missing required field", field="type")
    if not isinstance(event_type, str) or not event_type:
        raise InvalidWebhookPayloadError(
            "webhook body field must be a non-empty string", field="type"
        )
    typed = TYPED.get(event_type)
    if typed is not None:
        if typed.sip:
            _check_call_incoming(body, event_type, typed.id_field)
        else:
            _check_envelope(body, event_type, typed.id_field)
        if typed.transport is None or _known_transport(body, event_type, typed.transport):
            model = getattr(realtime_generated.models, typed.model)  # loaded on first use
            return typed.event(model.from_dict(body), body)
    event_id = body.get("id")
    created_at = body.get("created_at")
    data = body.get("data")
    return UnknownWebhookEvent(
        type=event_type,
        id=event_id if isinstance(event_id, str) else None,
        created_at=created_at
        if isinstance(created_at, int) and not isinstance(created_at, bool)
        else None,
        data=cast("dict[str, Any]", data) if isinstance(data, dict) else {},
        raw=body,
    )

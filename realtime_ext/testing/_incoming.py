"""Incoming SIP calls from a scenario: the call is registered on the fake server, then the
``realtime.call.incoming`` webhook OpenAI would send is signed and POSTed to the app."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from realtime_ext.provider import get_logger

from ..webhooks import sign
from ._calls import FakeCall
from ._ids import new_id
from ._scenario import IncomingCall

logger = get_logger("realtime_ext.testing")
ATTEMPTS = 5
RETRY_DELAY = 0.2  # doubled per attempt: the app's webhook server may still be starting


@dataclass
class WebhookDelivery:
    """One webhook POST the fake server made (the last attempt for it)."""

    call_id: str
    url: str
    status: int | None = None
    error: str | None = None
    attempts: int = 0
    body: dict[str, object] = field(default_factory=dict[str, object], repr=False)


def sip_call_body(
    kind: str,
    ids: dict[str, object],
    sip_headers: tuple[tuple[str, str], ...],
    sip_media_security: str | None = None,
) -> dict[str, object]:
    """The body of a webhook an incoming SIP call raises: ``kind`` with ``data`` holding
    ``ids`` (what names the call), its SIP headers and ``sip_media_security`` when given.

    >>> sip_call_body("realtime.call.incoming", {"call_id": "rtc_1"}, (("From", "x"),))["data"]
    {'call_id': 'rtc_1', 'sip_headers': [{'name': 'From', 'value': 'x'}]}
    """
    data: dict[str, object] = {
        **ids,
        "sip_headers": [{"name": name, "value": value} for name, value in sip_headers],
    }
    if sip_media_security is not None:
        data["sip_media_security"] = sip_media_security
    return {
        "object": "event",
        "id": new_id("evt"),
        "type": kind,
        "created_at": int(time.time()),
        "data": data,
    }


def incoming_body(
    call_id: str,
    sip_headers: tuple[tuple[str, str], ...],
    sip_media_security: str | None = None,
) -> dict[str, object]:
    """The ``realtime.call.incoming`` event body, shaped as OpenAI sends it (with
    ``sip_media_security`` when given).

    >>> incoming_body("rtc_1", (("From", "x"),))["data"]
    {'call_id': 'rtc_1', 'sip_headers': [{'name': 'From', 'value': 'x'}]}
    """
    return sip_call_body(
        "realtime.call.incoming", {"call_id": call_id}, sip_headers, sip_media_security
    )


async def ring(
    plan: IncomingCall,
    register: Callable[[str | None], FakeCall],
    deliveries: list[WebhookDelivery],
    *,
    verify: bool = True,
) -> FakeCall:
    """Wait ``plan.after_ms``, register the call, then deliver its webhook (if any)."""
    if plan.after_ms:
        await asyncio.sleep(plan.after_ms / 1000)
    call = register(plan.call_id)
    if plan.webhook_url is None or plan.webhook_secret is None:
        return call
    body = incoming_body(call.id, plan.sip_headers)
    await deliver(call.id, plan.webhook_url, plan.webhook_secret, body, deliveries, verify=verify)
    return call


async def deliver(
    call_id: str,
    url: str,
    secret: str,
    body: dict[str, object],
    deliveries: list[WebhookDelivery],
    *,
    verify: bool = True,
) -> WebhookDelivery:
    """POST the webhook ``body``, signed with ``secret`` as OpenAI signs it, retrying (with
    backoff) while the app answers 5xx or cannot be reached; recorded in ``deliveries``."""
    payload = json.dumps(body)
    delivery = WebhookDelivery(call_id, url, body=body)
    deliveries.append(delivery)
    # httpx only when a webhook is delivered: a `serve-fake` process without incoming
    # calls never needs it (it imports its command line, click and rich with it).
    import httpx

    async with httpx.AsyncClient(timeout=10, verify=verify) as client:
        for attempt in range(1, ATTEMPTS + 1):
            delivery.attempts = attempt
            headers = {"Content-Type": "application/json", **sign(payload, secret)}
            try:
                response = await client.post(url, content=payload, headers=headers)
            except httpx.HTTPError as exc:
                delivery.error = f"{type(exc).__name__}: {exc}"
            else:
                delivery.status, delivery.error = response.status_code, None
                if response.status_code < 500:
                    break
            if attempt < ATTEMPTS:
                await asyncio.sleep(RETRY_DELAY * 2 ** (attempt - 1))
    logger.info(
        "fake Realtime server: incoming call %s, webhook to %s -> %s",
        call_id,
        url,
        delivery.status if delivery.status is not None else delivery.error,
    )
    return delivery

"""The translation REST endpoints: ``client.translations.client_secrets`` (ephemeral keys
for translation sessions) and ``client.translations.calls`` (the WebRTC offer/answer).

The requests and answers, shared by the asyncio resources (:mod:`.rest_async`) and
the blocking ones written from them (``rest_sync``).

REST only: ``client.translations.connect`` opens through :mod:`.connect`, and the WebRTC
translation call is :mod:`realtime_ext.webrtc`'s.

Example::

    secret = client.translations.client_secrets.create(
        session=translation_session(output_language="fr")
    )
    secret.value  # 'ek_...'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from realtime_ext._resources.calls import offer_text, offer_wire
from realtime_ext._resources.shared import (
    Wire,
    decode_client_secret,
    expires_after_body,
    json_wire,
    secret_body,
)
from realtime_ext._results import ClientSecret
from realtime_ext.session.body import BodyInput, session_json
from realtime_generated.models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)

if TYPE_CHECKING:
    from realtime_ext.sdp import SessionDescription
    from realtime_generated.models.realtime_translation_session import RealtimeTranslationSession

__all__ = ["TranslationClientSecret", "call_wire", "parse", "request_wire"]

TranslationClientSecret: TypeAlias = ClientSecret[
    "RealtimeTranslationSession", RealtimeTranslationClientSecretCreateResponse
]


def request_wire(
    session: BodyInput,
    expires_after: int | Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> Wire:
    """``POST /realtime/translations/client_secrets`` as sent (``session`` is required by the
    API); the route and Content-Type are the generated operation's
    (``create_realtime_translation_client_secret``), the session is checked and encoded once.

    Example::

        request_wire({"model": "gpt-realtime-translate"}, None, None).path
        # '/realtime/translations/client_secrets'
    """
    from realtime_generated.api.realtime import (
        create_realtime_translation_client_secret as operation,
    )
    from realtime_generated.models import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
        RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor,
    )

    checked = session_json(session, ("translation",))
    expiry = None
    if expires_after is not None:
        expiry = expires_after_body(
            expires_after,
            RealtimeTranslationClientSecretCreateRequestExpiresAfter,
            RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor.CREATED_AT,
        )
    return json_wire(operation, operation.path(), secret_body(expiry, checked, extra_body))


def parse(response: httpx.Response) -> TranslationClientSecret:
    """Decode the answer into a :class:`ClientSecret`."""
    return decode_client_secret(response, RealtimeTranslationClientSecretCreateResponse.from_dict)


def call_wire(sdp: str | SessionDescription) -> Wire:
    """``POST /realtime/translations/calls`` as sent: the offer, checked, alone.

    The session is the translation client secret's (its ``ek_`` is the bearer), so unlike
    ``/realtime/calls`` there is no multipart ``session`` part. The method, path and the
    offer's Content-Type are the generated operation's
    (``create_realtime_translation_call``, added by the overlay).

    Example::

        call_wire(offer).method  # 'POST'
    """
    from realtime_generated.api.realtime import create_realtime_translation_call as operation

    return offer_wire(operation, offer_text(sdp).encode("utf-8"))

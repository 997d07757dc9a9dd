"""The translation REST endpoints: ``client.translations.client_secrets`` (ephemeral keys
for translation sessions) and ``client.translations.calls`` (the WebRTC offer/answer).

The requests and answers, shared by the asyncio resources (:mod:`.translations_async`) and
the blocking ones written from them (``translations_sync``).

REST only: ``client.translations`` itself, its ``connect`` and the WebRTC translation call
are :mod:`realtime_ext.translation`'s (:class:`~realtime_ext.translation.Translations`).

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

from realtime_generated.models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)

from .._results import ClientSecret
from ._shared import (
    BodyInput,
    decode_client_secret,
    expires_after_body,
    merge_body,
    session_body,
)
from .calls import CallWire

if TYPE_CHECKING:
    from realtime_generated.models import RealtimeTranslationClientSecretCreateRequestExpiresAfter
    from realtime_generated.models.realtime_translation_session import RealtimeTranslationSession

    from ..sdp import SessionDescription

__all__ = [
    "OPERATION",
    "TranslationClientSecret",
    "build_body",
    "call_offer",
    "call_request",
    "call_wire",
    "expires_in",
    "parse",
]

# The generated operation that owns the path and body shape.
OPERATION = "create_realtime_translation_client_secret"

TranslationClientSecret: TypeAlias = ClientSecret[
    "RealtimeTranslationSession", RealtimeTranslationClientSecretCreateResponse
]


def expires_in(seconds: int) -> RealtimeTranslationClientSecretCreateRequestExpiresAfter:
    """``expires_after`` of ``seconds`` from the secret's creation, as the generated model.

    Example::

        expires_in(600).to_dict()  # {'anchor': 'created_at', 'seconds': 600}
    """
    from realtime_generated.models import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
        RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor,
    )

    return RealtimeTranslationClientSecretCreateRequestExpiresAfter(
        anchor=RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor.CREATED_AT,
        seconds=seconds,
    )


def build_body(
    session: BodyInput,
    expires_after: int | Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The request JSON object (``session`` is required by the API).

    Example::

        build_body({"model": "gpt-realtime-translate"}, None, None)
    """
    body: dict[str, Any] = {"session": session_body(session, ("translation",))}
    if expires_after is not None:
        body["expires_after"] = expires_after_body(expires_after, expires_in)
    return merge_body(body, extra_body)


def parse(response: httpx.Response) -> TranslationClientSecret:
    """Decode the answer into a :class:`ClientSecret`."""
    return decode_client_secret(response, RealtimeTranslationClientSecretCreateResponse.from_dict)


def call_offer(sdp: str | SessionDescription) -> bytes:
    """The request body of ``POST /realtime/translations/calls``: the SDP offer, checked.

    The session is the translation client secret's (its ``ek_`` is the bearer), so unlike
    ``/realtime/calls`` there is no multipart ``session`` part.
    """
    from .calls import offer_text

    return offer_text(sdp).encode()


def call_wire(sdp: str | SessionDescription) -> CallWire:
    """``POST /realtime/translations/calls`` as sent: method, path, body, Content-Type.

    The offer is validated here; method, path and request come from the generated operation
    (``create_realtime_translation_call.request_args``, added by the overlay), so the
    generated layer is the one place they are spelled.

    Example::

        call_wire(offer).method  # 'POST'
    """
    import importlib
    import io

    from realtime_generated.types import File

    operation = importlib.import_module(
        "realtime_generated.api.realtime.create_realtime_translation_call"
    )
    args: dict[str, Any] = operation.request_args(body=File(payload=io.BytesIO(call_offer(sdp))))
    content_type: str = args["headers"]["Content-Type"]
    return CallWire(str(args["method"]).upper(), args["url"], args["content"], content_type)


def call_request(sdp: str | SessionDescription) -> tuple[str, bytes, str]:
    """``(path, content, content_type)`` for ``POST /realtime/translations/calls``.

    The offer is validated here; the method, path and request come from the generated
    operation (see :func:`call_wire`).

    Example::

        path, content, ctype = call_request(offer)
        # path == '/realtime/translations/calls', ctype == 'application/sdp'
    """
    wire = call_wire(sdp)
    return wire.path, wire.content, wire.content_type

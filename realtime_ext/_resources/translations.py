"""The translation REST endpoints: ``client.translations.client_secrets`` (ephemeral keys
for translation sessions) and ``client.translations.calls`` (the WebRTC offer/answer).

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

from .._config import OMIT, Omit, TimeoutTypes
from .._results import CallAnswer, ClientSecret
from ._shared import (
    BodyInput,
    decode_client_secret,
    expires_after_body,
    generated_wire,
    json_args,
    merge_body,
    session_body,
)
from .calls import CallWire, offer_args, parse_answer

if TYPE_CHECKING:
    from realtime_generated.models import RealtimeTranslationClientSecretCreateRequestExpiresAfter
    from realtime_generated.models.realtime_translation_session import RealtimeTranslationSession

    from .._transport import AsyncHTTPTransport, SyncHTTPTransport
    from ..sdp import SessionDescription

__all__ = [
    "AsyncTranslationCalls",
    "AsyncTranslationClientSecrets",
    "TranslationCalls",
    "TranslationClientSecret",
    "TranslationClientSecrets",
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


class TranslationClientSecrets:
    """Mint ephemeral keys for translation sessions.

    Example::

        client.translations.client_secrets.create(session={"model": "gpt-realtime-translate"})
    """

    def __init__(self, transport: SyncHTTPTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        session: BodyInput,
        expires_after: int | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> TranslationClientSecret:
        """Mint an ``ek_...`` key for a translation ``session``.

        Example::

            secret = client.translations.client_secrets.create(session=translation_session())
        """
        wire = generated_wire(OPERATION, build_body(session, expires_after, extra_body))
        args = json_args(wire, extra_headers, timeout, max_retries)
        response = self._transport.request(wire.method, wire.path, **args)
        return parse(response)


class AsyncTranslationClientSecrets:
    """The async twin of :class:`TranslationClientSecrets`.

    Example::

        await client.translations.client_secrets.create(session=translation_session())
    """

    def __init__(self, transport: AsyncHTTPTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        session: BodyInput,
        expires_after: int | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> TranslationClientSecret:
        """Mint an ``ek_...`` key; see :meth:`TranslationClientSecrets.create`.

        Example::

            secret = await client.translations.client_secrets.create(session=translation_session())
        """
        wire = generated_wire(OPERATION, build_body(session, expires_after, extra_body))
        args = json_args(wire, extra_headers, timeout, max_retries)
        response = await self._transport.request(wire.method, wire.path, **args)
        return parse(response)


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


class TranslationCalls:
    """Translation calls over WebRTC (``client.translations.calls``).

    Example::

        answer = client.translations.calls.create(sdp=offer)  # client api_key = ek_...
        answer.sdp, answer.call_id
    """

    def __init__(self, transport: SyncHTTPTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        sdp: str | SessionDescription,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> CallAnswer:
        """Send a WebRTC SDP offer for a translation session; get the SDP answer and the
        call id. Authenticate with a translation client secret's ``ek_`` (the session comes
        from it). An invalid offer raises ``SDPError`` before anything is sent; the POST is
        never repeated (a repeat could create a second call).

        Example::

            answer = client.translations.calls.create(sdp=offer)
        """
        wire = call_wire(sdp)
        args = offer_args(wire, extra_headers, timeout, max_retries)
        response = self._transport.request(wire.method, wire.path, **args)
        return parse_answer(response)


class AsyncTranslationCalls:
    """The async twin of :class:`TranslationCalls`.

    Example::

        answer = await client.translations.calls.create(sdp=offer)
    """

    def __init__(self, transport: AsyncHTTPTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        sdp: str | SessionDescription,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> CallAnswer:
        """Send a WebRTC SDP offer; see :meth:`TranslationCalls.create`.

        Example::

            answer = await client.translations.calls.create(sdp=offer)
        """
        wire = call_wire(sdp)
        args = offer_args(wire, extra_headers, timeout, max_retries)
        response = await self._transport.request(wire.method, wire.path, **args)
        return parse_answer(response)

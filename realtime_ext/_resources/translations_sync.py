# generated from realtime_ext/_resources/translations_async.py by scripts/gen_sync.py; do not edit
"""``client.translations.client_secrets`` (ephemeral keys for translation sessions) and
``client.translations.calls`` (the WebRTC offer/answer): the translation REST endpoints.

``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit that one); the
requests and answers are :mod:`.translations`'s.

Example::

    secret = client.translations.client_secrets.create(
        session=translation_session(output_language="fr")
    )
    secret.value  # 'ek_...'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._config import OMIT, Omit, TimeoutTypes
from .._results import CallAnswer
from ..session.body import BodyInput
from ._shared import wire_args
from .calls import offer_args, parse_answer
from .translations import TranslationClientSecret, call_wire, parse, request_wire

if TYPE_CHECKING:
    from .._transport import SyncHTTPTransport
    from ..sdp import SessionDescription

__all__ = ["TranslationCalls", "TranslationClientSecrets"]


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
        wire = request_wire(session, expires_after, extra_body)
        args = wire_args(wire, extra_headers, timeout, max_retries)
        response = self._transport.request(wire.method, wire.path, **args)
        return parse(response)


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

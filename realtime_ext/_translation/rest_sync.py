# generated from realtime_ext/_translation/rest_async.py by scripts/gen_sync.py; do not edit
"""``client.translations``: ``connect`` (a translation session over WebSocket, the conversation
configured for translation), ``client_secrets`` (ephemeral keys for translation sessions) and
``calls`` (the WebRTC offer/answer).

Only the REST part is loaded with ``client.translations``: the session machinery
(WebSocket, conversation core, event decoders) loads on the first ``connect``, so a server
that only mints translation client secrets does not pay for it.
``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit that one); the
requests and answers are :mod:`.rest`'s.

Example::

    secret = client.translations.client_secrets.create(
        session=translation_session(output_language="fr")
    )
    secret.value  # 'ek_...'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from realtime_ext._config import OMIT, Omit, TimeoutTypes
from realtime_ext._resources.calls import offer_args, parse_answer
from realtime_ext._resources.shared import wire_args
from realtime_ext._results import CallAnswer
from realtime_ext.session import DEFAULT_TRANSLATION_MODEL
from realtime_ext.session.body import BodyInput

from .rest import TranslationClientSecret, call_wire, parse, request_wire

if TYPE_CHECKING:
    from realtime_ext._base.keywords import ConnectOptions
    from realtime_ext._transport import SyncHTTPTransport
    from realtime_ext.sdp import SessionDescription

    from .connection_sync import TranslationConnection

__all__ = ["TranslationCalls", "TranslationClientSecrets", "Translations"]

SocketKeywords = Callable[[Mapping[str, str] | None, Mapping[str, Any]], dict[str, Any]]
"""The client's keywords for a socket it opens, given the call's ``extra_headers`` and
options: its route (URLs and credentials), headers, telemetry and clock, with the options."""


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


class Translations:
    """Namespace of the translation endpoints (``client.translations``).

    Example::

        client.translations.client_secrets.create(session=translation_session())
        with client.translations.connect(model="gpt-realtime-translate") as conn:
            ...
    """

    def __init__(self, transport: SyncHTTPTransport, socket_keywords: SocketKeywords) -> None:
        self.client_secrets: TranslationClientSecrets = TranslationClientSecrets(transport)
        self.calls: TranslationCalls = TranslationCalls(transport)
        self._socket_keywords = socket_keywords

    def connect(
        self,
        *,
        model: str = DEFAULT_TRANSLATION_MODEL,
        session: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **options: Unpack[ConnectOptions],
    ) -> TranslationConnection:
        """Open a translation connection over WebSocket with this client's key (an API key,
        or a translation client secret's ``ek_`` given as the client's ``api_key``).

        ``session`` is sent as ``session.update`` on open (validated first). The options
        are those of :func:`realtime_ext.connection.connect_translation`
        (:class:`~realtime_ext.connection.ConnectOptions`: limits, reconnect, WebSocket
        options), as on ``client.connect``; ``extra_headers`` are added to the client's,
        ``clock`` defaults to the client's and the client's ``telemetry=`` measures it.

        Example::

            with client.translations.connect(
                model="gpt-realtime-translate",
                session={"audio": {"output": {"language": "es"}}},
            ) as conn:
                conn.session.input_audio_buffer.append(audio=pcm)
        """
        keywords = self._socket_keywords(extra_headers, options)
        from .connect import connect_translation  # on use: REST-only clients need no websockets

        return connect_translation(model=model, session=session, **keywords)

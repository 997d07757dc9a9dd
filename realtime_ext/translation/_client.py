"""``client.translations``: the translation REST endpoints and ``connect``; what
``AsyncTranslations`` (:mod:`._client_async`) and the blocking ``Translations`` written from
it (``_client_sync``) share.

``client.translations`` holds the REST endpoints (``client_secrets``, ``calls``:
:mod:`realtime_ext._resources.translations_async`) and ``connect`` (a session over WebSocket,
:func:`~realtime_ext.translation.connect_translation` with the client's key, URLs, headers,
clock and telemetry). The WebRTC translation call, ``client.webrtc.connect_translation``, is
:class:`~realtime_ext.translation.TranslationWebRTC`'s (``_webrtc_sync``, ``_webrtc_async``).
The REST resources below know nothing of translation sessions: this module builds on them.

Only the REST part is imported with ``client.translations``: the session machinery
(WebSocket, conversation core, event decoders) loads on the first ``connect``, so a
server that only mints translation client secrets does not pay for it.

Example::

    with RealtimeClient() as client:
        secret = client.translations.client_secrets.create(session=translation_session())
        with client.translations.connect(model="gpt-realtime-translate") as conn:
            ...
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from realtime_ext._clock import Clock
from realtime_ext._exceptions import InvalidArgumentError

__all__ = ["SocketSettings", "socket_keywords"]

SocketSettings = Callable[[Mapping[str, str] | None], dict[str, Any]]
"""The client's settings for a WebSocket it opens, given the call's ``extra_headers``: the
keywords ``api_key``, ``base_url``, ``headers``, ``websocket_base_url`` and ``telemetry``
of :func:`~realtime_ext.translation.connect_translation`."""


def socket_keywords(
    settings: SocketSettings | None, clock: Clock | None, given: dict[str, Any]
) -> dict[str, Any]:
    """A ``connect`` method's arguments (its ``locals()``) as the keywords of
    ``connect_translation``: the client's settings with the call's ``extra_headers``, and
    ``clock`` defaulting to the client's."""
    if settings is None:
        raise InvalidArgumentError(
            "this Translations resource has no client to open sessions with; use "
            "client.translations (RealtimeClient/AsyncRealtimeClient) or "
            "realtime_ext.translation.connect_translation"
        )
    keywords = {k: v for k, v in given.items() if k not in ("self", "extra_headers")}
    if keywords["clock"] is None:
        keywords["clock"] = clock
    return {**keywords, **settings(given["extra_headers"])}

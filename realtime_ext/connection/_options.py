"""What both connect() flavours share: URL, headers, limits and outgoing encoding.

Another endpoint with its own events (translation sessions at ``/realtime/translations``)
reuses the same pieces, as ``realtime_ext.translation`` does: check the arguments and build
the URL (:func:`prepare`, with ``endpoint=``), build the reconnect policy
(``_reconnect_args.reconnector``), open the transport (``_transport.open_sync`` /
``open_async``; also the ``reopen`` a reconnect calls), then give it to ``Conversation`` /
``AsyncConversation`` with the endpoint's decoder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from ssl import SSLContext
from typing import Any, NamedTuple

from realtime_ext._config import base_url_or_default, check_count, check_seconds
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext._instrument import Instrumentation
from realtime_ext._redact import websockets_logger
from realtime_ext.conversation._reconnect import Reconnector
from realtime_ext.voice._extension import VoiceOptions

from ._url import auth_headers, realtime_url


@dataclass(frozen=True)
class Prepared:
    """Everything needed to open the socket; ``headers`` hold the key, so no repr."""

    url: str
    ws_options: dict[str, Any]
    max_size: int | None
    auth_headers: dict[str, str] = field(default_factory=dict[str, str])
    extra_headers: dict[str, str] = field(default_factory=dict[str, str])

    def __repr__(self) -> str:
        return f"Prepared(url={self.url!r})"


def websocket_options(
    *,
    close_timeout: float | None,
    ping_interval: float | None,
    ping_timeout: float | None,
    compression: str | None,
    ssl: SSLContext | None,
    proxy: str | bool | None,
) -> dict[str, Any]:
    """The ``websockets`` options of the entry points, checked; ``ssl=None`` left out (an
    explicit ``ssl=None`` would turn TLS off for wss://)."""
    close_timeout = check_seconds(close_timeout, "close_timeout", zero=True)
    ping_interval = check_seconds(ping_interval, "ping_interval", zero=True)
    ping_timeout = check_seconds(ping_timeout, "ping_timeout", zero=True)
    if compression not in ("deflate", None):
        raise InvalidArgumentError(f"compression must be 'deflate' or None, got {compression!r}")
    if ssl is not None and not isinstance(ssl, SSLContext):
        raise InvalidArgumentError(f"ssl must be an ssl.SSLContext, got {type(ssl).__name__}")
    if proxy is not None and proxy is not True and not isinstance(proxy, str):
        raise InvalidArgumentError(f"proxy must be a URL, True or None, got {proxy!r}")
    options: dict[str, Any] = {
        "close_timeout": close_timeout,
        "ping_interval": ping_interval,
        "ping_timeout": ping_timeout,
        "compression": compression,
        "proxy": proxy,
    }
    if ssl is not None:
        options["ssl"] = ssl
    return options


def prepare(
    *,
    api_key: str,
    base_url: str | None,
    model: str | None,
    call_id: str | None,
    headers: Mapping[str, str] | None,
    websocket_base_url: str | None,
    max_size: int | None,
    max_queue: int | None,
    open_timeout: float | None,
    extra_query: Mapping[str, str] | None,
    options: Mapping[str, Any],
    endpoint: str = "/realtime",
) -> Prepared:
    """Validate an entry point's URL arguments and limits and build the websockets options."""
    max_size = check_count(max_size, "max_size")
    max_queue = check_count(max_queue, "max_queue")
    open_timeout = check_seconds(open_timeout, "open_timeout")
    url = realtime_url(
        base_url_or_default(base_url),  # None: OPENAI_BASE_URL or OpenAI's, as the client
        model=model,
        call_id=call_id,
        websocket_base_url=websocket_base_url,
        extra_query=extra_query,
        endpoint=endpoint,
    )
    all_headers = auth_headers(api_key, headers)
    ws_options: dict[str, Any] = {
        "additional_headers": all_headers,
        "max_size": max_size,
        "max_queue": max_queue,
        "open_timeout": open_timeout,
        # websockets logs every handshake header at DEBUG, Authorization included.
        "logger": websockets_logger(),
        **options,
    }
    credentials = {k: v for k, v in all_headers.items() if k.lower() == "authorization"}
    extra = {k: v for k, v in all_headers.items() if k.lower() != "authorization"}
    return Prepared(url, ws_options, max_size, credentials, extra)


class Plan(NamedTuple):  # not a frozen dataclass: defined on a first connect's path
    """What the entry points check before any socket opens: the URL and its options, the
    reconnect policy, the voice options and the telemetry."""

    prepared: Prepared
    policy: Reconnector
    voice: VoiceOptions | None
    telemetry: Instrumentation | None

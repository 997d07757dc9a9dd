"""realtime_ext: a typed, fast Python SDK for the OpenAI Realtime API.

Example::

    from realtime_ext import RealtimeClient
    from realtime_ext.session import realtime_session

    with RealtimeClient() as client:  # OPENAI_API_KEY from the environment
        secret = client.client_secrets.create(session=realtime_session(voice="marin"))
        print(secret.value, secret.expires_at)

Names load on first use, so ``import realtime_ext`` stays cheap: importing the client
loads none of httpx (the first client built does) and only the few generated models it
needs. The core's subpackages are attributes loaded the same way (``realtime_ext.connection``,
``conversation``, ``events``, ``sdp``, ``session``, ``webhooks``, ``types``): ``import
realtime_ext`` is enough. This package names only the core: the features of the other
distributions are imported from their own packages (``PlaybackTracker`` from
``realtime_ext.voice``, ``ToolRegistry`` from ``realtime_ext.tools``, the WebRTC call
classes from ``realtime_ext.webrtc``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Every exception class, listed once: in _exceptions.__all__ (added to __all__ below).
from . import _exceptions
from ._exceptions import *  # noqa: F403
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from . import connection as connection
    from . import conversation as conversation
    from . import events as events
    from . import sdp as sdp
    from . import session as session
    from . import types as types
    from . import webhooks as webhooks
    from ._auth import Auth as Auth
    from ._base.instrument import Instrumentation as Instrumentation
    from ._base.instrument import RequestEnded as RequestEnded
    from ._base.instrument import RequestObserver as RequestObserver
    from ._base.instrument import attach_instrumentation as attach_instrumentation
    from ._client_async import AsyncAzureRealtimeClient as AsyncAzureRealtimeClient
    from ._client_async import AsyncRealtimeClient as AsyncRealtimeClient
    from ._client_sync import AzureRealtimeClient as AzureRealtimeClient
    from ._client_sync import RealtimeClient as RealtimeClient
    from ._live.rest import LiveRecording as LiveRecording
    from ._live.rest import LiveSessionAction as LiveSessionAction
    from ._live.rest import LiveSessionAnswer as LiveSessionAnswer
    from ._live.rest_async import AsyncLive as AsyncLive
    from ._live.rest_sync import Live as Live
    from ._open_session_async import AsyncOpenSession as AsyncOpenSession
    from ._open_session_sync import OpenSession as OpenSession
    from ._resources.calls_async import AsyncCalls as AsyncCalls
    from ._resources.calls_sync import Calls as Calls
    from ._resources.client_secrets import RealtimeClientSecret as RealtimeClientSecret
    from ._results import BetaSession as BetaSession
    from ._results import CallAction as CallAction
    from ._results import CallAnswer as CallAnswer
    from ._route import Route as Route
    from ._translation.rest import TranslationClientSecret as TranslationClientSecret
    from ._translation.rest_async import AsyncTranslationCalls as AsyncTranslationCalls
    from ._translation.rest_sync import TranslationCalls as TranslationCalls
    from .conversation import Extension as Extension

_LAZY: dict[str, tuple[str, str | None]] = {
    "RealtimeClient": ("._client_sync", "RealtimeClient"),
    "AsyncRealtimeClient": ("._client_async", "AsyncRealtimeClient"),
    # Azure OpenAI: the same clients on Azure's routes with Azure's credentials.
    "AzureRealtimeClient": ("._client_sync", "AzureRealtimeClient"),
    "AsyncAzureRealtimeClient": ("._client_async", "AsyncAzureRealtimeClient"),
    # Where a client's requests go and how they authenticate (client.route).
    "Route": ("._route", "Route"),
    "Auth": ("._auth", "Auth"),
    # The one type of any open live session (connection, call, translation session).
    "AsyncOpenSession": ("._open_session_async", "AsyncOpenSession"),
    "OpenSession": ("._open_session_sync", "OpenSession"),
    # What features and apps attach to any live session through (conn.add_extension).
    "Extension": (".conversation", "Extension"),
    # What a client's telemetry= is (realtime_ext.telemetry.Telemetry is one).
    "Instrumentation": ("._base.instrument", "Instrumentation"),
    "RequestObserver": ("._base.instrument", "RequestObserver"),
    "RequestEnded": ("._base.instrument", "RequestEnded"),
    "attach_instrumentation": ("._base.instrument", "attach_instrumentation"),
    # What the clients' REST methods return, to annotate with (they load httpx).
    "RealtimeClientSecret": ("._resources.client_secrets", "RealtimeClientSecret"),
    "TranslationClientSecret": ("._translation.rest", "TranslationClientSecret"),
    "BetaSession": ("._results", "BetaSession"),
    "CallAnswer": ("._results", "CallAnswer"),
    "CallAction": ("._results", "CallAction"),
    "LiveSessionAnswer": ("._live.rest", "LiveSessionAnswer"),
    "LiveSessionAction": ("._live.rest", "LiveSessionAction"),
    "LiveRecording": ("._live.rest", "LiveRecording"),
    # The types of the client's resources a feature holds (a WebRTC call posts its offers
    # through client.calls, client.live, client.translations.calls), to annotate with.
    "Calls": ("._resources.calls_sync", "Calls"),
    "AsyncCalls": ("._resources.calls_async", "AsyncCalls"),
    "Live": ("._live.rest_sync", "Live"),
    "AsyncLive": ("._live.rest_async", "AsyncLive"),
    "TranslationCalls": ("._translation.rest_sync", "TranslationCalls"),
    "AsyncTranslationCalls": ("._translation.rest_async", "AsyncTranslationCalls"),
    # The subpackages, loaded on first use: ``realtime_ext.connection.connect(...)`` works
    # after ``import realtime_ext`` alone, and the import stays as cheap as the client's.
    "connection": (".connection", None),
    "conversation": (".conversation", None),
    "events": (".events", None),
    "sdp": (".sdp", None),
    "session": (".session", None),
    "types": (".types", None),
    "webhooks": (".webhooks", None),
}

__all__: list[str] = [
    "AsyncAzureRealtimeClient",
    "AsyncCalls",
    "AsyncLive",
    "AsyncOpenSession",
    "AsyncRealtimeClient",
    "AsyncTranslationCalls",
    "Auth",
    "AzureRealtimeClient",
    "BetaSession",
    "CallAction",
    "CallAnswer",
    "Calls",
    "Extension",
    "Instrumentation",
    "Live",
    "LiveRecording",
    "LiveSessionAction",
    "LiveSessionAnswer",
    "OpenSession",
    "RealtimeClient",
    "RealtimeClientSecret",
    "RequestEnded",
    "RequestObserver",
    "Route",
    "TranslationCalls",
    "TranslationClientSecret",
    "attach_instrumentation",
]
__all__ += _exceptions.__all__


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    module = importlib.import_module(module_name, __name__)
    value = module if attr is None else getattr(module, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The subpackages and __version__ are attributes, not names to star-import: dir() shows
    # them, __all__ (the public names, tests/architecture) does not.
    return sorted([*__all__, "__version__", *(name for name, (_, a) in _LAZY.items() if a is None)])

"""realtime_ext: a typed, fast Python SDK for the OpenAI Realtime API.

Example::

    from realtime_ext import RealtimeClient
    from realtime_ext.session import realtime_session

    with RealtimeClient() as client:  # OPENAI_API_KEY from the environment
        secret = client.client_secrets.create(session=realtime_session(voice="marin"))
        print(secret.value, secret.expires_at)

Names load on first use, so ``import realtime_ext`` stays cheap: importing the client
loads none of httpx (the first client built does) and only the few generated models it
needs. The subpackages are attributes
loaded the same way (``realtime_ext.connection``, ``conversation``, ``webrtc``,
``translation``, ``asgi``, ``telephony``, ``testing``...): ``import realtime_ext`` is enough.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Every exception class, listed once: in _exceptions.__all__ (added to __all__ below).
from . import _exceptions
from ._exceptions import *  # noqa: F403
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from . import asgi as asgi
    from . import audio as audio
    from . import connection as connection
    from . import conversation as conversation
    from . import events as events
    from . import sdp as sdp
    from . import session as session
    from . import telephony as telephony
    from . import testing as testing
    from . import tools as tools
    from . import translation as translation
    from . import types as types
    from . import voice as voice
    from . import webhooks as webhooks
    from . import webrtc as webrtc
    from ._client_async import AsyncRealtimeClient as AsyncRealtimeClient
    from ._client_sync import RealtimeClient as RealtimeClient
    from ._instrument import Instrumentation as Instrumentation
    from ._instrument import RequestEnded as RequestEnded
    from ._instrument import RequestObserver as RequestObserver
    from ._live_async import AsyncLiveSession as AsyncLiveSession
    from ._live_sync import LiveSession as LiveSession
    from ._resources.client_secrets import RealtimeClientSecret as RealtimeClientSecret
    from ._resources.translations import TranslationClientSecret as TranslationClientSecret
    from ._results import BetaSession as BetaSession
    from ._results import CallAction as CallAction
    from ._results import CallAnswer as CallAnswer
    from .conversation import Extension as Extension
    from .tools import ToolRegistry as ToolRegistry
    from .tools import function_tool as function_tool
    from .tools import mcp_tool as mcp_tool
    from .voice import PlaybackTracker as PlaybackTracker

_LAZY: dict[str, tuple[str, str | None]] = {
    "RealtimeClient": ("._client_sync", "RealtimeClient"),
    "AsyncRealtimeClient": ("._client_async", "AsyncRealtimeClient"),
    # The one type of any open live session (connection, call, translation session).
    "AsyncLiveSession": ("._live_async", "AsyncLiveSession"),
    "LiveSession": ("._live_sync", "LiveSession"),
    # What features and apps attach to any live session through (conn.add_extension).
    "Extension": (".conversation", "Extension"),
    "ToolRegistry": (".tools", "ToolRegistry"),
    "function_tool": (".tools", "function_tool"),
    "mcp_tool": (".tools", "mcp_tool"),
    "PlaybackTracker": (".voice", "PlaybackTracker"),
    # What a client's telemetry= is (realtime_ext.telemetry.Telemetry is one).
    "Instrumentation": ("._instrument", "Instrumentation"),
    "RequestObserver": ("._instrument", "RequestObserver"),
    "RequestEnded": ("._instrument", "RequestEnded"),
    # What the clients' REST methods return, to annotate with (they load httpx).
    "RealtimeClientSecret": ("._resources.client_secrets", "RealtimeClientSecret"),
    "TranslationClientSecret": ("._resources.translations", "TranslationClientSecret"),
    "BetaSession": ("._results", "BetaSession"),
    "CallAnswer": ("._results", "CallAnswer"),
    "CallAction": ("._results", "CallAction"),
    # The subpackages, loaded on first use: ``realtime_ext.connection.connect(...)`` works
    # after ``import realtime_ext`` alone, and the import stays as cheap as the client's.
    "asgi": (".asgi", None),
    "connection": (".connection", None),
    "conversation": (".conversation", None),
    "telephony": (".telephony", None),
    "translation": (".translation", None),
    "webrtc": (".webrtc", None),
    "audio": (".audio", None),
    "voice": (".voice", None),
    "events": (".events", None),
    "sdp": (".sdp", None),
    "session": (".session", None),
    "testing": (".testing", None),
    "tools": (".tools", None),
    "types": (".types", None),
    "webhooks": (".webhooks", None),
}

__all__: list[str] = [
    "AsyncLiveSession",
    "AsyncRealtimeClient",
    "BetaSession",
    "CallAction",
    "CallAnswer",
    "Extension",
    "Instrumentation",
    "LiveSession",
    "PlaybackTracker",
    "RealtimeClient",
    "RealtimeClientSecret",
    "RequestEnded",
    "RequestObserver",
    "ToolRegistry",
    "TranslationClientSecret",
    "function_tool",
    "mcp_tool",
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

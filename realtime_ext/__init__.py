"""realtime_ext: a typed, fast Python SDK for the OpenAI Realtime API.

Example::

    from realtime_ext import RealtimeClient
    from realtime_ext.session import realtime_session

    with RealtimeClient() as client:  # OPENAI_API_KEY from the environment
        secret = client.client_secrets.create(session=realtime_session(voice="marin"))
        print(secret.value, secret.expires_at)

Names load on first use, so ``import realtime_ext`` stays cheap: the client pulls in
httpx and the few generated models it needs, nothing else.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RealtimeError,
    RealtimeServerError,
    UnprocessableEntityError,
)
from ._version import __version__

if TYPE_CHECKING:
    from . import events as events
    from . import sdp as sdp
    from . import session as session
    from . import testing as testing
    from . import tools as tools
    from . import types as types
    from . import webhooks as webhooks
    from ._client import AsyncRealtimeClient as AsyncRealtimeClient
    from ._client import RealtimeClient as RealtimeClient
    from ._lenient import ResponseValidationWarning as ResponseValidationWarning
    from .sdp import SDPError as SDPError
    from .session import SessionConfigError as SessionConfigError
    from .tools import ToolRegistry as ToolRegistry
    from .tools import function_tool as function_tool
    from .tools import mcp_tool as mcp_tool

_LAZY: dict[str, tuple[str, str | None]] = {
    "RealtimeClient": ("._client", "RealtimeClient"),
    "AsyncRealtimeClient": ("._client", "AsyncRealtimeClient"),
    "ResponseValidationWarning": ("._lenient", "ResponseValidationWarning"),
    "SDPError": (".sdp", "SDPError"),
    "SessionConfigError": (".session", "SessionConfigError"),
    "ToolRegistry": (".tools", "ToolRegistry"),
    "function_tool": (".tools", "function_tool"),
    "mcp_tool": (".tools", "mcp_tool"),
    "events": (".events", None),
    "sdp": (".sdp", None),
    "session": (".session", None),
    "testing": (".testing", None),
    "tools": (".tools", None),
    "types": (".types", None),
    "webhooks": (".webhooks", None),
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRealtimeClient",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeClient",
    "RealtimeError",
    "RealtimeServerError",
    "ResponseValidationWarning",
    "SDPError",
    "SessionConfigError",
    "ToolRegistry",
    "UnprocessableEntityError",
    "__version__",
    "events",
    "function_tool",
    "mcp_tool",
    "sdp",
    "session",
    "testing",
    "tools",
    "types",
    "webhooks",
]


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'realtime_ext' has no attribute {name!r}") from None
    module = importlib.import_module(module_name, __name__)
    value = module if attr is None else getattr(module, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

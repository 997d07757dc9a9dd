"""The ASGI 3 callable's types, spelled as Starlette spells them.

Written here instead of imported so that ``realtime_ext.asgi`` has no framework dependency;
the aliases are structurally the ones Starlette and FastAPI use, so ``app.mount(...)`` and
``Route(...)`` accept these applications without a cast.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, TypeAlias

__all__ = ["ASGIApp", "Message", "Receive", "Scope", "Send"]

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]
ASGIApp: TypeAlias = Callable[[Scope, Receive, Send], Awaitable[None]]

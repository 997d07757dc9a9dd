"""Which tool of a registry answers GPT-Live's client delegations, and when there is one.

A session delegates to one owner, chosen at start and never changed: the client (the
default, ``delegation`` omitted), a hosted Responses model, or Decisions. Only a session that
delegates to the client has a client tool: under Responses delegation every tool of the
registry is a function tool the backend calls by name, with any parameters. The client tool
is the one named (``client_tool=``), else the registry's only tool; it takes at most one
parameter (given the user's words since the last delegation), besides one asking for the
delegation's context.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal, Protocol, runtime_checkable

import attrs

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import is_dict
from realtime_generated.models import LiveClientDelegation, LiveSessionStartedEvent
from realtime_generated.types import Unset

from ._function_tool import FunctionTool
from ._live_context import AsyncDelegationContext, DelegationContext

__all__ = ["ClientTool", "Named", "find_client_tool", "session_delegation"]

Owner = Literal["client", "responses", "decisions", "unknown"]


class Named(Protocol):
    """A registry's tools, by name."""

    def __iter__(self) -> Iterator[FunctionTool[..., Any]]: ...

    def get(self, name: str) -> FunctionTool[..., Any] | None: ...


@runtime_checkable
class Started(Protocol):
    """A GPT-Live session that keeps its ``session.started`` (a Live connection, a Live
    WebRTC call)."""

    @property
    def started(self) -> LiveSessionStartedEvent | None:
        """The session's ``session.started`` (``None`` before it came)."""
        ...


@attrs.frozen
class ClientTool:
    """The tool answering client delegations and the parameter given the request."""

    name: str
    parameter: str | None


def session_delegation(conn: object) -> Owner | None:
    """Who the session of ``conn`` (a Live connection) delegates to, from its
    ``session.started``; ``None`` while it has none (not started yet).

    Example:
        >>> session_delegation(object()) is None
        True
    """
    started = conn.started if isinstance(conn, Started) else None
    if not isinstance(started, LiveSessionStartedEvent):
        return None
    delegation = started.session.delegation
    if delegation is None or isinstance(delegation, Unset | LiveClientDelegation):
        return "client"  # omitted: client delegation, GPT-Live's default
    kind = str(getattr(delegation, "type_", ""))
    if kind == "responses":
        return "responses"
    return "decisions" if kind == "decisions" else "unknown"


def find_client_tool(registry: Named, name: str | None, *, is_async: bool) -> ClientTool | None:
    """The client tool of ``registry``: ``name``'s, else its only tool (``None`` with
    several); refused when it takes more than the request, or asks for the context of the
    other kind of connection (``is_async``: the loop's connection is an asyncio one)."""
    if name is None:
        tools = list(registry)
        if len(tools) != 1:
            return None
        tool = tools[0]
    else:
        found = registry.get(name) if isinstance(name, str) else None
        if found is None:
            known = ", ".join(sorted(t.name for t in registry)) or "none"
            raise InvalidArgumentError(
                f"client_tool={name!r} is not a tool of the registry (it has: {known})"
            )
        tool = found
    found_properties = tool.parameters.get("properties")
    properties: dict[str, Any] = found_properties if is_dict(found_properties) else {}
    if len(properties) > 1:
        raise InvalidArgumentError(
            f"the client-delegation tool {tool.name!r} takes at most one parameter (given the "
            f"user's request as text); it has {len(properties)}: {', '.join(properties)} "
            "(under Responses delegation every tool is a function tool, with any parameters)"
        )
    _check_context(tool, is_async)
    return ClientTool(tool.name, next(iter(properties), None))


def _check_context(tool: FunctionTool[..., Any], is_async: bool) -> None:
    """Refuse a context the connection cannot give (or an async one a sync tool cannot
    await)."""
    if tool.context is None:
        return
    parameter, kind = tool.context
    wanted = AsyncDelegationContext if is_async else DelegationContext
    if kind is not wanted:
        connection = "an asyncio" if is_async else "a blocking"
        raise InvalidArgumentError(
            f"the client-delegation tool {tool.name!r} asks for a {kind.__name__} "
            f"({parameter}) on {connection} connection: type it {wanted.__name__}"
        )
    if kind is AsyncDelegationContext and not tool.is_async:
        raise InvalidArgumentError(
            f"the client-delegation tool {tool.name!r} asks for an AsyncDelegationContext "
            f"({parameter}) but is not async: make it 'async def' (a sync tool runs on a "
            "worker thread, where its sends cannot be awaited)"
        )

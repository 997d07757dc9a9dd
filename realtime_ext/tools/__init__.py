"""Realtime tools from Python functions, a registry that runs them, and MCP tools.

Example:
    >>> from realtime_ext.tools import ToolRegistry
    >>> registry = ToolRegistry()
    >>> @registry.register
    ... def get_time(timezone: str = "UTC") -> str:
    ...     '''Current time in a timezone.'''
    ...     return "12:00"
    >>> [t["name"] for t in registry.tools]
    ['get_time']
"""

from realtime_ext import ToolArgumentsError, ToolDefinitionError, ToolEventError

from ._approval import DEFAULT_APPROVAL_TIMEOUT, ToolApprovalRequired
from ._context import ToolContext
from ._function_tool import FunctionTool, NeedsApproval, function_tool
from ._live import LiveToolLoop
from ._live_context import AsyncDelegationContext, DelegationContext
from ._loop import ToolLoop
from ._mcp import mcp_tool
from ._registry import ToolRegistry
from ._slots import DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_MAX_QUEUED_CALLS

__all__ = [
    "DEFAULT_APPROVAL_TIMEOUT",
    "DEFAULT_MAX_CONCURRENT_CALLS",
    "DEFAULT_MAX_QUEUED_CALLS",
    "AsyncDelegationContext",
    "DelegationContext",
    "FunctionTool",
    "LiveToolLoop",
    "NeedsApproval",
    "ToolApprovalRequired",
    "ToolArgumentsError",
    "ToolContext",
    "ToolDefinitionError",
    "ToolEventError",
    "ToolLoop",
    "ToolRegistry",
    "function_tool",
    "mcp_tool",
]

"""Errors raised by function tools and the tool registry."""

from __future__ import annotations

from .._errors import RealtimeError

__all__ = ["ToolArgumentsError", "ToolDefinitionError", "ToolEventError"]


class ToolDefinitionError(RealtimeError, TypeError):
    """A Python function cannot be described as a function tool.

    Example:
        >>> function_tool(lambda x: x)  # doctest: +SKIP
        ToolDefinitionError: tool name '<lambda>' must match [A-Za-z0-9_-]{1,64}
    """


class ToolArgumentsError(RealtimeError, ValueError):
    """The model's arguments do not match the function's type hints.

    ``argument`` is the dotted path of the offending argument (``""`` for the whole
    payload), ``problem`` the reason.

    Example:
        >>> get_weather.decode_arguments('{"unit": "kelvin"}')  # doctest: +SKIP
        ToolArgumentsError: argument 'unit': expected one of 'c', 'f', got 'kelvin'
    """

    def __init__(self, argument: str, problem: str) -> None:
        self.argument = argument
        self.problem = problem
        where = f"argument {argument!r}" if argument else "arguments"
        super().__init__(f"{where}: {problem}")


class ToolEventError(RealtimeError, ValueError):
    """An event given to ``ToolRegistry.handle`` is not a usable function call.

    Example:
        >>> registry.handle({"type": "session.created"})  # doctest: +SKIP
        ToolEventError: expected a function call event or item, got type 'session.created'
    """

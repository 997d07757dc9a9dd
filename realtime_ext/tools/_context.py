"""What a tool loop may give a tool besides its arguments: a :class:`ToolContext`, asked for
by a parameter of its type.

The tools' code (describing, invoking, running, the registry) reads any context class this
way; which one a connection's tool loop gives, and when, is its kind's (GPT-Live's client
delegations: :mod:`._live_context`).
"""

from __future__ import annotations

from typing import ClassVar

__all__ = ["ContextType", "ToolContext", "context_kind"]


class ToolContext:
    """The base of what a tool loop gives a tool by a parameter of its type (any name), such
    as :class:`DelegationContext` on GPT-Live. The parameter is not part of the tool's JSON
    schema (the model never fills it). A tool asks for one at most, and a call with none
    to give it is refused, naming :attr:`given_by`.

    Example:
        >>> from realtime_ext.tools import ToolRegistry
        >>> class Caller(ToolContext):  # an app's own, given through context=
        ...     def __init__(self, number: str) -> None:
        ...         self.number = number
        >>> registry = ToolRegistry()
        >>> @registry.register
        ... def greet(caller: Caller) -> str:
        ...     return f"Hello, {caller.number}"
        >>> registry.tools[0]["parameters"]["properties"]  # not the model's to fill
        {}
        >>> call = {"type": "function_call", "name": "greet", "call_id": "c", "arguments": "{}"}
        >>> registry.handle(call, context=Caller("+14155550123"))["item"]["output"]
        'Hello, +14155550123'
    """

    given_by: ClassVar[str] = (
        "the caller, through context= (ToolRegistry.handle, FunctionTool.invoke)"
    )
    """Which tool loop gives one, and to which tool: said when a call has none to give. A
    kind's context says its loop's; a context of the app's own keeps this."""


ContextType = type[ToolContext]


def context_kind(hint: object) -> ContextType | None:
    """The context class ``hint`` names (a tool parameter's type, ``Annotated`` unwrapped),
    else ``None``.

    Example:
        >>> class Progress(ToolContext):
        ...     given_by = "no tool"
        >>> context_kind(Progress) is Progress, context_kind(str), context_kind(list[int])
        (True, None, None)
    """
    if isinstance(hint, type) and issubclass(hint, ToolContext):
        return hint
    return None

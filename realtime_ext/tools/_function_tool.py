"""``function_tool``: a typed Python function, described and callable as a Realtime tool."""

from __future__ import annotations

import copy
import inspect
import json
import re
import typing
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeAlias, TypeVar, overload

from realtime_ext import ToolArgumentsError, ToolDefinitionError
from realtime_ext.provider import check_seconds

from ._context import ContextType, ToolContext, context_kind
from ._decode import decode_fields
from ._hints import Field, analyse, parse_doc, unwrap_annotated
from ._schema import object_schema

__all__ = ["FunctionTool", "NeedsApproval", "function_tool"]

P = ParamSpec("P")
R = TypeVar("R")

NeedsApproval: TypeAlias = (
    bool | Callable[[dict[str, Any], str], bool] | Callable[[dict[str, Any], str], Awaitable[bool]]
)
"""A tool's ``needs_approval``: always (``True``), never (``False``), or a function (sync or
async) given the call's arguments (the JSON object the model sent; ``{}`` when it is not
one) and the tool's name, returning whether this call needs the app's approval."""


def check_needs_approval(value: NeedsApproval) -> NeedsApproval:
    """``value`` as a ``needs_approval`` (a bool or a callable), or a clear error."""
    if isinstance(value, bool) or callable(value):
        return value
    raise ToolDefinitionError(
        f"needs_approval is True, False or a function (arguments, name) -> bool, got "
        f"{type(value).__name__}"
    )


# The API's rule for function names.
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class FunctionTool(Generic[P, R]):
    """A function plus its tool description; calling it calls the function.

    Build one with :func:`function_tool`. ``to_dict()`` is the wire shape for a
    session's ``tools``; ``decode_arguments`` checks the model's JSON arguments.

    Example:
        >>> @function_tool
        ... def add(a: int, b: int = 0) -> int:
        ...     '''Add two numbers.'''
        ...     return a + b
        >>> add(1, 2), add.name, add.decode_arguments('{"a": 3}')
        (3, 'add', {'a': 3})
    """

    __slots__ = (
        "_fields",
        "_positional",
        "context",
        "description",
        "filler_after",
        "fn",
        "name",
        "needs_approval",
        "parameters",
    )

    def __init__(
        self,
        fn: Callable[P, R],
        *,
        name: str,
        description: str | None,
        fields: tuple[Field, ...],
        positional: tuple[str, ...],
        context: tuple[str, ContextType] | None = None,
        needs_approval: NeedsApproval = False,
        filler_after: float | None = None,
    ) -> None:
        self.fn: Callable[P, R] = fn
        self.filler_after: float | None = check_seconds(filler_after, "filler_after")
        """Seconds after which a call still running has the model say something meanwhile
        (the tool loop's filler), and a barge-in cancels it if it is async; ``None``: never
        (see ``ToolRegistry.register``)."""
        self.needs_approval: NeedsApproval = check_needs_approval(needs_approval)
        """Whether a call waits for the app's approval before it runs (see
        :data:`NeedsApproval`)."""
        self.name: str = name
        self.description: str | None = description
        self._fields = fields
        self._positional = positional
        self.context: tuple[str, ContextType] | None = context
        """The parameter asking for a :class:`ToolContext` and its class (not in the
        schema: the tool loop gives it), if any."""
        self.parameters: dict[str, Any] = object_schema(fields)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.fn(*args, **kwargs)

    def __repr__(self) -> str:
        return f"FunctionTool(name={self.name!r})"

    @property
    def is_async(self) -> bool:
        """Whether calling the function returns an awaitable."""
        target = self.fn if inspect.isroutine(self.fn) else getattr(self.fn, "__call__", self.fn)  # noqa: B004
        return inspect.iscoroutinefunction(target)

    def to_dict(self) -> dict[str, Any]:
        """The ``RealtimeFunctionTool`` wire dict.

        Example:
            >>> @function_tool
            ... def add(a: int, b: int = 0) -> int:
            ...     return a + b
            >>> add.to_dict()["parameters"]["required"]
            ['a']
        """
        out: dict[str, Any] = {"type": "function", "name": self.name}
        if self.description:
            out["description"] = self.description
        out["parameters"] = copy.deepcopy(self.parameters)
        return out

    def decode_arguments(self, arguments: str | Mapping[str, Any] | None) -> dict[str, Any]:
        """Parse and check the model's arguments (a JSON string or a dict).

        Values become the declared Python types (Enum members, attrs/dataclass
        instances, tuples); a mismatch raises :class:`ToolArgumentsError`.

        Example:
            >>> @function_tool
            ... def add(a: int, b: int = 0) -> int:
            ...     return a + b
            >>> add.decode_arguments('{"a": "x"}')
            Traceback (most recent call last):
            ...
            realtime_ext.ToolArgumentsError: argument 'a': expected an integer, got 'x'
        """
        if arguments is None or (isinstance(arguments, str) and not arguments.strip()):
            payload: Any = {}  # models send "" for functions without parameters
        elif isinstance(arguments, str):
            try:
                payload = json.loads(arguments)
            except json.JSONDecodeError as exc:
                raise ToolArgumentsError("", f"not valid JSON ({exc.msg})") from exc
            except (ValueError, RecursionError) as exc:  # a 4,300+ digit number, deep nesting
                raise ToolArgumentsError("", f"not decodable JSON ({type(exc).__name__})") from exc
        else:
            payload = arguments
        return decode_fields(self._fields, payload, "")

    def _call_with(self, decoded: dict[str, Any], context: object) -> Any:
        if self.context is not None:
            name, kind = self.context
            if not isinstance(context, kind):
                given = "none" if context is None else f"a {type(context).__name__}"
                raise ToolDefinitionError(
                    f"tool {self.name!r} asks for a {kind.__name__} ({name}), given {given}: "
                    f"one is given only by {kind.given_by}"
                )
            decoded[name] = context
        args = [decoded.pop(key) for key in self._positional if key in decoded]
        fn: Callable[..., Any] = self.fn  # arguments decoded from JSON: checked above, not by P
        return fn(*args, **decoded)

    def invoke(
        self,
        arguments: str | Mapping[str, Any] | None,
        *,
        context: ToolContext | None = None,
    ) -> R:
        """Decode ``arguments`` and call the function (an async one returns its coroutine);
        ``context``: what a parameter typed a :class:`ToolContext` is given, such as GPT-Live's
        :class:`DelegationContext` (the tool loop's; refused when missing).

        Example:
            >>> @function_tool
            ... def add(a: int, b: int = 0) -> int:
            ...     return a + b
            >>> add.invoke('{"a": 1, "b": 2}')
            3
        """
        return typing.cast(R, self._call_with(self.decode_arguments(arguments), context))

    async def ainvoke(
        self,
        arguments: str | Mapping[str, Any] | None,
        *,
        context: ToolContext | None = None,
    ) -> Any:
        """Like :meth:`invoke`, awaiting the result when the function is async.

        Example:
            >>> import asyncio
            >>> @function_tool
            ... async def add(a: int, b: int = 0) -> int:
            ...     return a + b
            >>> asyncio.run(add.ainvoke('{"a": 1}'))
            1
        """
        result = self._call_with(self.decode_arguments(arguments), context)
        if inspect.isawaitable(result):
            return await result
        return result


Described = tuple[str | None, tuple[Field, ...], tuple[str, ...], tuple[str, ContextType] | None]
"""A function read as a tool: its summary, fields, positional-only names and the parameter
asking for a :class:`ToolContext` (and its class)."""


def _describe(fn: Callable[..., Any], name: str) -> Described:
    doc = parse_doc(inspect.getdoc(fn) or "")
    param_docs = {p.arg_name: p.description.strip() for p in doc.params if p.description}
    try:
        hints = typing.get_type_hints(fn, include_extras=True)
    except NameError as exc:
        raise ToolDefinitionError(f"tool {name!r}: cannot resolve a type hint ({exc})") from exc
    fields: list[Field] = []
    positional: list[str] = []
    context: tuple[str, ContextType] | None = None
    for param in inspect.signature(fn).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise ToolDefinitionError(
                f"tool {name!r}: *args/**kwargs ({param.name}) cannot be described as JSON"
            )
        if param.kind is param.POSITIONAL_ONLY:
            positional.append(param.name)
        hint, text = unwrap_annotated(hints.get(param.name, Any))
        kind = context_kind(hint)
        if kind is not None:  # given by the tool loop, not by the model: not in the schema
            if context is not None:
                raise ToolDefinitionError(
                    f"tool {name!r}: one parameter may ask for a tool context, "
                    f"got two ({context[0]}, {param.name})"
                )
            context = (param.name, kind)
            continue
        node = analyse(hint, f"{name}.{param.name}")
        has_default = param.default is not param.empty
        kwargs: dict[str, Any] = {"default": param.default} if has_default else {}
        description = text or param_docs.get(param.name)
        fields.append(Field(param.name, node, not has_default, description, **kwargs))
    summary = (doc.description or "").strip() or None
    return summary, tuple(fields), tuple(positional), context


def _build(
    fn: Callable[P, R],
    name: str | None,
    description: str | None,
    needs_approval: NeedsApproval = False,
) -> FunctionTool[P, R]:
    if not callable(fn):
        raise ToolDefinitionError(
            f"a function tool is made from a function, got {type(fn).__name__}"
        )
    tool_name = name or str(getattr(fn, "__name__", type(fn).__name__))
    if not _NAME.match(tool_name):
        raise ToolDefinitionError(
            f"tool name {tool_name!r} must match [A-Za-z0-9_-]{{1,64}}; pass name=..."
        )
    doc_description, fields, positional, context = _describe(fn, tool_name)
    return FunctionTool(
        fn,
        name=tool_name,
        description=description if description is not None else doc_description,
        fields=fields,
        positional=positional,
        context=context,
        needs_approval=needs_approval,
    )


@overload
def function_tool(
    fn: Callable[P, R],
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    needs_approval: NeedsApproval = False,
) -> FunctionTool[P, R]: ...


@overload
def function_tool(
    *,
    name: str | None = None,
    description: str | None = None,
    needs_approval: NeedsApproval = False,
) -> Callable[[Callable[P, R]], FunctionTool[P, R]]: ...


def function_tool(
    fn: Callable[P, R] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    needs_approval: NeedsApproval = False,
) -> FunctionTool[P, R] | Callable[[Callable[P, R]], FunctionTool[P, R]]:
    """Describe a typed function (sync or async) as a Realtime function tool.

    The name defaults to the function's, the description to its docstring (minus the
    Args/Returns sections), and each parameter's description to its entry in a
    Google, NumPy or reST "Args" section, or to ``Annotated[T, "text"]``. Parameters
    with defaults are optional. Supported hints: str, int, float, bool, Literal, Enum,
    list/Sequence/tuple[T, ...], dict[str, T], Optional/unions, TypedDict, attrs
    classes and dataclasses, nested; ``Any`` (or no hint) accepts any JSON value.

    Example:
        >>> from typing import Any, Literal
        >>> @function_tool
        ... def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, Any]:
        ...     '''Current weather for a city.
        ...
        ...     Args:
        ...         city: City name, e.g. "Paris".
        ...         unit: Temperature unit.
        ...     '''
        ...     return {"city": city, "temp": 21}
        >>> get_weather.to_dict()["parameters"]["required"]
        ['city']

    ``needs_approval``: ``True`` (every call), or a function ``(arguments, name) -> bool``
    (sync or async) deciding per call, makes a call wait for the app's approval: the tool
    loop gives the app a ``tool.approval_required`` event instead of running it (see
    :class:`~realtime_ext.tools.ToolApprovalRequired`).

        >>> @function_tool(needs_approval=lambda args, name: args.get("amount", 0) > 100)
        ... def refund(order_id: str, amount: int) -> str:
        ...     return "refunded"
        >>> refund.needs_approval({"amount": 500}, "refund")
        True
    """
    approval = check_needs_approval(needs_approval)
    if fn is not None:
        return _build(fn, name, description, approval)

    def decorator(inner: Callable[P, R]) -> FunctionTool[P, R]:
        return _build(inner, name, description, approval)

    return decorator

"""What the argument loops share: the public modules they walk, and values of the wrong
kind (each made fresh, as some are mutable)."""

from __future__ import annotations

import importlib
import inspect
import math
import typing
from collections.abc import Callable, Iterator

MODULES = [
    "realtime_ext",
    "realtime_ext.session",
    "realtime_ext.sdp",
    "realtime_ext.audio",
    "realtime_ext.tools",
    "realtime_ext.webhooks",
    "realtime_ext.events",
    "realtime_ext.voice",
    "realtime_ext.testing",
    "realtime_ext.asgi",
    "realtime_ext.telemetry",
    "realtime_ext.translation",
    "realtime_ext.conversation",
    "realtime_ext.connection",
]


class Opaque:
    """An object of no kind any argument takes."""


def circular() -> list[object]:
    """A list that holds itself."""
    value: list[object] = []
    value.append(value)
    return value


ODD: dict[str, Callable[[], object]] = {
    "nan": lambda: math.nan,
    "infinity": lambda: math.inf,
    "surrogate": lambda: "\ud800",
    "circular": circular,
    "object": Opaque,
    "bytes": lambda: b"\xff",
    "negative": lambda: -1,
    "huge": lambda: 10**100,
    "set in a dict": lambda: {"a": {1}},
    "list of objects": lambda: [Opaque()],
    "function": lambda: lambda *args: None,
}
"""Values no argument should take as they are (the loops add their own)."""


def public_callables(
    skipped: set[str],
) -> Iterator[tuple[str, Callable[..., object], list[inspect.Parameter]]]:
    """Each public function and class of ``MODULES`` once (not exceptions, not Protocols,
    not the names in ``skipped``): its dotted name, itself and its required parameters."""
    seen: set[int] = set()
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            target = getattr(module, name, None)
            if target is None or id(target) in seen or name in skipped or not callable(target):
                continue
            seen.add(id(target))
            if inspect.isclass(target) and issubclass(target, BaseException):
                continue
            if getattr(target, "_is_protocol", False):  # a Protocol: nothing to call
                continue
            if typing.get_origin(target) is not None:  # a type alias (Literal[...]): no call
                continue
            try:
                parameters = inspect.signature(target).parameters.values()
            except (TypeError, ValueError):
                continue
            required = [
                p
                for p in parameters
                if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
            ]
            yield f"{module_name}.{name}", target, required


def unpacked_keys(target: Callable[..., object]) -> list[str]:
    """The keys of a ``**options: Unpack[SomeTypedDict]`` parameter of ``target`` (none
    without one): the options a PEP 692 signature takes by name."""
    for parameter in inspect.signature(target).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            hint = typing.get_type_hints(target).get(parameter.name)
            if typing.get_origin(hint) is typing.Unpack:
                (options,) = typing.get_args(hint)
                return sorted(options.__optional_keys__ | options.__required_keys__)
    return []

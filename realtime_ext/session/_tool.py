"""What a session's ``tools`` list takes besides a tool dict: an object that describes
itself (:class:`ToolDefinition`), such as ``realtime_ext.tools.FunctionTool``.

The core reads a tool through this protocol alone, so it names no tool package: a plain
Python function is not a tool here (describing one needs its signature turned into a JSON
schema, ``realtime_ext.tools.function_tool``'s job), and is refused with that advice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

__all__ = ["ToolDefinition"]


@runtime_checkable
class ToolDefinition(Protocol):
    """A tool that gives its own wire dict: ``realtime_ext.tools.FunctionTool`` (what
    ``function_tool`` and ``ToolRegistry.register`` make) is one.

    Example::

        class Lookup:
            name = "lookup"

            def to_dict(self) -> dict[str, Any]:
                return {"type": "function", "name": self.name, "parameters": {}}

        session = realtime_session(tools=[Lookup()])
    """

    def to_dict(self) -> Mapping[str, Any]:
        """The tool as the session's ``tools`` list holds it (``{"type": "function", ...}``).

        Example::

            assert tool.to_dict()["type"] == "function"
        """
        ...

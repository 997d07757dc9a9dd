"""The tool errors, kept importable from here; they live in ``realtime_ext._exceptions``."""

from __future__ import annotations

from .._exceptions import ToolArgumentsError as ToolArgumentsError
from .._exceptions import ToolDefinitionError as ToolDefinitionError
from .._exceptions import ToolEventError as ToolEventError

__all__ = [
    "ToolArgumentsError",
    "ToolDefinitionError",
    "ToolEventError",
]

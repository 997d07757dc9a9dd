from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPToolFilter")


@_attrs_define
class MCPToolFilter:
    """A filter object to specify which tools are allowed.

    Attributes:
        tool_names (list[str] | None | Unset): List of allowed tool names.
        read_only (bool | None | Unset): Indicates whether or not a tool modifies data or is read-only. If an
            MCP server is [annotated with
            `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
            it will match this filter.
    """

    tool_names: list[str] | None | Unset = UNSET
    read_only: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tool_names: list[str] | None | Unset
        if isinstance(self.tool_names, Unset):
            tool_names = UNSET
        elif isinstance(self.tool_names, list):
            tool_names = self.tool_names

        else:
            tool_names = self.tool_names

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_names = _parse_tool_names(d.pop("tool_names", UNSET))

        read_only = _parse_read_only(d.pop("read_only", UNSET))

        mcp_tool_filter = cls(
            tool_names=tool_names,
            read_only=read_only,
        )

        return mcp_tool_filter


def _parse_tool_names(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tool_names_type_0 = cast(list[str], data)

        return tool_names_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


def _parse_read_only(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)

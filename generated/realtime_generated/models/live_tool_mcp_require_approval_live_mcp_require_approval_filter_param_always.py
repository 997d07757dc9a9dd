from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways")


@_attrs_define
class LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways:
    """A filter that forces approval for matching tools.

    Attributes:
        read_only (bool | None | Unset):
        tool_names (list[str] | None | Unset):
    """

    read_only: bool | None | Unset = UNSET
    tool_names: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        tool_names: list[str] | None | Unset
        if isinstance(self.tool_names, Unset):
            tool_names = UNSET
        elif isinstance(self.tool_names, list):
            tool_names = self.tool_names

        else:
            tool_names = self.tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        read_only = _parse_read_only(d.pop("read_only", UNSET))

        tool_names = _parse_tool_names(d.pop("tool_names", UNSET))

        live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_always = cls(
            read_only=read_only,
            tool_names=tool_names,
        )

        live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_always.additional_properties = d
        return live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_always

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_read_only(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


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

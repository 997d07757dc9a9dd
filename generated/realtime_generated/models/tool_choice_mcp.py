from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_mcp_type import ToolChoiceMCPType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolChoiceMCP")


@_attrs_define
class ToolChoiceMCP:
    """Use this option to force the model to call a specific tool on a remote MCP server.

    Attributes:
        type_ (ToolChoiceMCPType): For MCP tools, the type is always `mcp`.
        server_label (str): The label of the MCP server to use.
        name (None | str | Unset):
    """

    type_: ToolChoiceMCPType | Literal["mcp"]
    server_label: str
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        server_label = self.server_label

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ToolChoiceMCPType(d.pop("type"))

        server_label = d.pop("server_label")

        name = _parse_name(d.pop("name", UNSET))

        tool_choice_mcp = cls(
            type_=type_,
            server_label=server_label,
            name=name,
        )

        tool_choice_mcp.additional_properties = d
        return tool_choice_mcp

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

    type: ClassVar[Literal["mcp"]] = "mcp"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

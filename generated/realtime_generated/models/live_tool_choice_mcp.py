from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_choice_mcp_type import LiveToolChoiceMcpType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveToolChoiceMcp")


@_attrs_define
class LiveToolChoiceMcp:
    """Use this option to force the model to call a specific tool on a remote MCP server.

    Attributes:
        server_label (str):
        type_ (LiveToolChoiceMcpType):
        name (None | str | Unset):
    """

    server_label: str
    type_: LiveToolChoiceMcpType | Literal["mcp"]
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_label = self.server_label

        type_ = str(self.type_)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_label": server_label,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_label = d.pop("server_label")

        type_ = LiveToolChoiceMcpType(d.pop("type"))

        name = _parse_name(d.pop("name", UNSET))

        live_tool_choice_mcp = cls(
            server_label=server_label,
            type_=type_,
            name=name,
        )

        live_tool_choice_mcp.additional_properties = d
        return live_tool_choice_mcp

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

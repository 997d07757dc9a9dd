from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_mcp_approval_request_type import LiveMcpApprovalRequestType

T = TypeVar("T", bound="LiveMcpApprovalRequest")


@_attrs_define
class LiveMcpApprovalRequest:
    """A request for human approval of a tool invocation.

    Attributes:
        id (str):
        arguments (str):
        name (str):
        server_label (str):
        type_ (LiveMcpApprovalRequestType):
    """

    id: str
    arguments: str
    name: str
    server_label: str
    type_: LiveMcpApprovalRequestType | Literal["mcp_approval_request"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        arguments = self.arguments

        name = self.name

        server_label = self.server_label

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "arguments": arguments,
                "name": name,
                "server_label": server_label,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        arguments = d.pop("arguments")

        name = d.pop("name")

        server_label = d.pop("server_label")

        type_ = LiveMcpApprovalRequestType(d.pop("type"))

        live_mcp_approval_request = cls(
            id=id,
            arguments=arguments,
            name=name,
            server_label=server_label,
            type_=type_,
        )

        live_mcp_approval_request.additional_properties = d
        return live_mcp_approval_request

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

    type: ClassVar[Literal["mcp_approval_request"]] = "mcp_approval_request"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

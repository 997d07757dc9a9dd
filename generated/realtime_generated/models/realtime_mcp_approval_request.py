from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_mcp_approval_request_type import RealtimeMCPApprovalRequestType

T = TypeVar("T", bound="RealtimeMCPApprovalRequest")


@_attrs_define
class RealtimeMCPApprovalRequest:
    """A Realtime item requesting human approval of a tool invocation.

    Attributes:
        type_ (RealtimeMCPApprovalRequestType): The type of the item. Always `mcp_approval_request`.
        id (str): The unique ID of the approval request.
        server_label (str): The label of the MCP server making the request.
        name (str): The name of the tool to run.
        arguments (str): A JSON string of arguments for the tool.
    """

    type_: RealtimeMCPApprovalRequestType | Literal["mcp_approval_request"]
    id: str
    server_label: str
    name: str
    arguments: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RealtimeMCPApprovalRequestType(d.pop("type"))

        id = d.pop("id")

        server_label = d.pop("server_label")

        name = d.pop("name")

        arguments = d.pop("arguments")

        realtime_mcp_approval_request = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
        )

        realtime_mcp_approval_request.additional_properties = d
        return realtime_mcp_approval_request

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

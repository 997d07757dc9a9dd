from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_mcp_list_tools_completed_type import (
    RealtimeBetaServerEventMCPListToolsCompletedType,
)

T = TypeVar("T", bound="RealtimeBetaServerEventMCPListToolsCompleted")


@_attrs_define
class RealtimeBetaServerEventMCPListToolsCompleted:
    """Returned when listing MCP tools has completed for an item.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (RealtimeBetaServerEventMCPListToolsCompletedType): The event type, must be `mcp_list_tools.completed`.
        item_id (str): The ID of the MCP list tools item.
    """

    event_id: str
    type_: RealtimeBetaServerEventMCPListToolsCompletedType | Literal["mcp_list_tools.completed"]
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventMCPListToolsCompletedType(d.pop("type"))

        item_id = d.pop("item_id")

        realtime_beta_server_event_mcp_list_tools_completed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
        )

        realtime_beta_server_event_mcp_list_tools_completed.additional_properties = d
        return realtime_beta_server_event_mcp_list_tools_completed

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

    type: ClassVar[Literal["mcp_list_tools.completed"]] = "mcp_list_tools.completed"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

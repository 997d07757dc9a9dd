from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_response_mcp_call_in_progress_type import (
    RealtimeBetaServerEventResponseMCPCallInProgressType,
)

T = TypeVar("T", bound="RealtimeBetaServerEventResponseMCPCallInProgress")


@_attrs_define
class RealtimeBetaServerEventResponseMCPCallInProgress:
    """Returned when an MCP tool call has started and is in progress.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (RealtimeBetaServerEventResponseMCPCallInProgressType): The event type, must be
            `response.mcp_call.in_progress`.
        output_index (int): The index of the output item in the response.
        item_id (str): The ID of the MCP tool call item.
    """

    event_id: str
    type_: RealtimeBetaServerEventResponseMCPCallInProgressType | Literal["response.mcp_call.in_progress"]
    output_index: int
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        output_index = self.output_index

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "output_index": output_index,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventResponseMCPCallInProgressType(d.pop("type"))

        output_index = d.pop("output_index")

        item_id = d.pop("item_id")

        realtime_beta_server_event_response_mcp_call_in_progress = cls(
            event_id=event_id,
            type_=type_,
            output_index=output_index,
            item_id=item_id,
        )

        realtime_beta_server_event_response_mcp_call_in_progress.additional_properties = d
        return realtime_beta_server_event_response_mcp_call_in_progress

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

    type: ClassVar[Literal["response.mcp_call.in_progress"]] = "response.mcp_call.in_progress"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

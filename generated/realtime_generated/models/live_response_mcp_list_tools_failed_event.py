from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_mcp_list_tools_failed_event_type import LiveResponseMcpListToolsFailedEventType

T = TypeVar("T", bound="LiveResponseMcpListToolsFailedEvent")


@_attrs_define
class LiveResponseMcpListToolsFailedEvent:
    """Emitted when the attempt to list available MCP tools has failed.

    Attributes:
        item_id (str):
        output_index (int):
        sequence_number (int):
        type_ (LiveResponseMcpListToolsFailedEventType):
    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: LiveResponseMcpListToolsFailedEventType | Literal["response.mcp_list_tools.failed"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseMcpListToolsFailedEventType(d.pop("type"))

        live_response_mcp_list_tools_failed_event = cls(
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        live_response_mcp_list_tools_failed_event.additional_properties = d
        return live_response_mcp_list_tools_failed_event

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

    type: ClassVar[Literal["response.mcp_list_tools.failed"]] = "response.mcp_list_tools.failed"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

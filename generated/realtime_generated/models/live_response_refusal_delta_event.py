from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_refusal_delta_event_type import LiveResponseRefusalDeltaEventType

T = TypeVar("T", bound="LiveResponseRefusalDeltaEvent")


@_attrs_define
class LiveResponseRefusalDeltaEvent:
    """Emitted when there is a partial refusal text.

    Attributes:
        content_index (int):
        delta (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type_ (LiveResponseRefusalDeltaEventType):
    """

    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type_: LiveResponseRefusalDeltaEventType | Literal["response.refusal.delta"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_index = self.content_index

        delta = self.delta

        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_index": content_index,
                "delta": delta,
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
        content_index = d.pop("content_index")

        delta = d.pop("delta")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseRefusalDeltaEventType(d.pop("type"))

        live_response_refusal_delta_event = cls(
            content_index=content_index,
            delta=delta,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        live_response_refusal_delta_event.additional_properties = d
        return live_response_refusal_delta_event

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

    type: ClassVar[Literal["response.refusal.delta"]] = "response.refusal.delta"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

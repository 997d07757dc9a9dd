from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_refusal_done_event_type import LiveResponseRefusalDoneEventType

T = TypeVar("T", bound="LiveResponseRefusalDoneEvent")


@_attrs_define
class LiveResponseRefusalDoneEvent:
    """Emitted when refusal text is finalized.

    Attributes:
        content_index (int):
        item_id (str):
        output_index (int):
        refusal (str):
        sequence_number (int):
        type_ (LiveResponseRefusalDoneEventType):
    """

    content_index: int
    item_id: str
    output_index: int
    refusal: str
    sequence_number: int
    type_: LiveResponseRefusalDoneEventType | Literal["response.refusal.done"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_index = self.content_index

        item_id = self.item_id

        output_index = self.output_index

        refusal = self.refusal

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_index": content_index,
                "item_id": item_id,
                "output_index": output_index,
                "refusal": refusal,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_index = d.pop("content_index")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        refusal = d.pop("refusal")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseRefusalDoneEventType(d.pop("type"))

        live_response_refusal_done_event = cls(
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            refusal=refusal,
            sequence_number=sequence_number,
            type_=type_,
        )

        live_response_refusal_done_event.additional_properties = d
        return live_response_refusal_done_event

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

    type: ClassVar[Literal["response.refusal.done"]] = "response.refusal.done"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

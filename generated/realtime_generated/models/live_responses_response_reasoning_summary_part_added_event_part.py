from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_response_reasoning_summary_part_added_event_part_type import (
    LiveResponsesResponseReasoningSummaryPartAddedEventPartType,
)

T = TypeVar("T", bound="LiveResponsesResponseReasoningSummaryPartAddedEventPart")


@_attrs_define
class LiveResponsesResponseReasoningSummaryPartAddedEventPart:
    """The summary part that was added.

    Attributes:
        text (str):
        type_ (LiveResponsesResponseReasoningSummaryPartAddedEventPartType):
    """

    text: str
    type_: LiveResponsesResponseReasoningSummaryPartAddedEventPartType | Literal["summary_text"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        type_ = LiveResponsesResponseReasoningSummaryPartAddedEventPartType(d.pop("type"))

        live_responses_response_reasoning_summary_part_added_event_part = cls(
            text=text,
            type_=type_,
        )

        live_responses_response_reasoning_summary_part_added_event_part.additional_properties = d
        return live_responses_response_reasoning_summary_part_added_event_part

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

    type: ClassVar[Literal["summary_text"]] = "summary_text"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_reasoning_summary_part_added_event_type import (
    LiveResponseReasoningSummaryPartAddedEventType,
)

if TYPE_CHECKING:
    from ..models.live_responses_response_reasoning_summary_part_added_event_part import (
        LiveResponsesResponseReasoningSummaryPartAddedEventPart,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_response_reasoning_summary_part_added_event_part import (
        LiveResponsesResponseReasoningSummaryPartAddedEventPart,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveResponsesResponseReasoningSummaryPartAddedEventPart": LiveResponsesResponseReasoningSummaryPartAddedEventPart,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseReasoningSummaryPartAddedEvent")


@_attrs_define
class LiveResponseReasoningSummaryPartAddedEvent:
    """Emitted when a new reasoning summary part is added.

    Attributes:
        item_id (str):
        output_index (int):
        part (LiveResponsesResponseReasoningSummaryPartAddedEventPart): The summary part that was added.
        sequence_number (int):
        summary_index (int):
        type_ (LiveResponseReasoningSummaryPartAddedEventType):
    """

    item_id: str
    output_index: int
    part: LiveResponsesResponseReasoningSummaryPartAddedEventPart
    sequence_number: int
    summary_index: int
    type_: LiveResponseReasoningSummaryPartAddedEventType | Literal["response.reasoning_summary_part.added"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        item_id = self.item_id

        output_index = self.output_index

        part = self.part.to_dict()

        sequence_number = self.sequence_number

        summary_index = self.summary_index

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "output_index": output_index,
                "part": part,
                "sequence_number": sequence_number,
                "summary_index": summary_index,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        part = LiveResponsesResponseReasoningSummaryPartAddedEventPart.from_dict(d.pop("part"))

        sequence_number = d.pop("sequence_number")

        summary_index = d.pop("summary_index")

        type_ = LiveResponseReasoningSummaryPartAddedEventType(d.pop("type"))

        live_response_reasoning_summary_part_added_event = cls(
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            summary_index=summary_index,
            type_=type_,
        )

        live_response_reasoning_summary_part_added_event.additional_properties = d
        return live_response_reasoning_summary_part_added_event

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

    type: ClassVar[Literal["response.reasoning_summary_part.added"]] = "response.reasoning_summary_part.added"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

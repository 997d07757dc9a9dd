from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_reasoning_summary_part_done_event_status import (
    LiveResponseReasoningSummaryPartDoneEventStatus,
)
from ..models.live_response_reasoning_summary_part_done_event_type import LiveResponseReasoningSummaryPartDoneEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_responses_response_reasoning_summary_part_done_event_part import (
        LiveResponsesResponseReasoningSummaryPartDoneEventPart,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_response_reasoning_summary_part_done_event_part import (
        LiveResponsesResponseReasoningSummaryPartDoneEventPart,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveResponsesResponseReasoningSummaryPartDoneEventPart": LiveResponsesResponseReasoningSummaryPartDoneEventPart,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseReasoningSummaryPartDoneEvent")


@_attrs_define
class LiveResponseReasoningSummaryPartDoneEvent:
    """Emitted when a reasoning summary part is completed.

    Attributes:
        item_id (str):
        output_index (int):
        part (LiveResponsesResponseReasoningSummaryPartDoneEventPart): The completed summary part.
        sequence_number (int):
        summary_index (int):
        type_ (LiveResponseReasoningSummaryPartDoneEventType):
        status (LiveResponseReasoningSummaryPartDoneEventStatus | None | Unset):
    """

    item_id: str
    output_index: int
    part: LiveResponsesResponseReasoningSummaryPartDoneEventPart
    sequence_number: int
    summary_index: int
    type_: LiveResponseReasoningSummaryPartDoneEventType | Literal["response.reasoning_summary_part.done"]
    status: LiveResponseReasoningSummaryPartDoneEventStatus | None | Unset = UNSET
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveResponseReasoningSummaryPartDoneEventStatus):
            status = str(self.status)
        else:
            status = self.status

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
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        part = LiveResponsesResponseReasoningSummaryPartDoneEventPart.from_dict(d.pop("part"))

        sequence_number = d.pop("sequence_number")

        summary_index = d.pop("summary_index")

        type_ = LiveResponseReasoningSummaryPartDoneEventType(d.pop("type"))

        status = _parse_status(d.pop("status", UNSET))

        live_response_reasoning_summary_part_done_event = cls(
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            summary_index=summary_index,
            type_=type_,
            status=status,
        )

        live_response_reasoning_summary_part_done_event.additional_properties = d
        return live_response_reasoning_summary_part_done_event

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

    type: ClassVar[Literal["response.reasoning_summary_part.done"]] = "response.reasoning_summary_part.done"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_status(data: object) -> LiveResponseReasoningSummaryPartDoneEventStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveResponseReasoningSummaryPartDoneEventStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseReasoningSummaryPartDoneEventStatus | None | Unset, data)

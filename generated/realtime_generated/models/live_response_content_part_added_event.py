from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_content_part_added_event_type import LiveResponseContentPartAddedEventType

if TYPE_CHECKING:
    from ..models.live_part_reasoning_text import LivePartReasoningText
    from ..models.live_response_output_refusal import LiveResponseOutputRefusal
    from ..models.live_response_output_text import LiveResponseOutputText
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_part_reasoning_text import LivePartReasoningText  # noqa: PLC0415
    from ..models.live_response_output_refusal import LiveResponseOutputRefusal  # noqa: PLC0415
    from ..models.live_response_output_text import LiveResponseOutputText  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LivePartReasoningText": LivePartReasoningText,
            "LiveResponseOutputRefusal": LiveResponseOutputRefusal,
            "LiveResponseOutputText": LiveResponseOutputText,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseContentPartAddedEvent")


@_attrs_define
class LiveResponseContentPartAddedEvent:
    """Emitted when a new content part is added.

    Attributes:
        content_index (int):
        item_id (str):
        output_index (int):
        part (LivePartReasoningText | LiveResponseOutputRefusal | LiveResponseOutputText | RealtimeUnknownVariant):
        sequence_number (int):
        type_ (LiveResponseContentPartAddedEventType):
    """

    content_index: int
    item_id: str
    output_index: int
    part: LivePartReasoningText | LiveResponseOutputRefusal | LiveResponseOutputText | RealtimeUnknownVariant
    sequence_number: int
    type_: LiveResponseContentPartAddedEventType | Literal["response.content_part.added"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        content_index = self.content_index

        item_id = self.item_id

        output_index = self.output_index

        part: dict[str, Any]
        if isinstance(self.part, LiveResponseOutputText):
            part = self.part.to_dict()
        elif isinstance(self.part, LiveResponseOutputRefusal):
            part = self.part.to_dict()
        elif isinstance(self.part, LivePartReasoningText):
            part = self.part.to_dict()
        else:
            part = self.part.to_dict()

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_index": content_index,
                "item_id": item_id,
                "output_index": output_index,
                "part": part,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        content_index = d.pop("content_index")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        part = _parse_part(d.pop("part"))

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseContentPartAddedEventType(d.pop("type"))

        live_response_content_part_added_event = cls(
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            type_=type_,
        )

        live_response_content_part_added_event.additional_properties = d
        return live_response_content_part_added_event

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

    type: ClassVar[Literal["response.content_part.added"]] = "response.content_part.added"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_part(
    data: object,
) -> LivePartReasoningText | LiveResponseOutputRefusal | LiveResponseOutputText | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "output_text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        part_type_0 = LiveResponseOutputText.from_dict(data)

        return part_type_0
    if isinstance(data, dict) and data.get("type") == "refusal":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        part_type_1 = LiveResponseOutputRefusal.from_dict(data)

        return part_type_1
    if isinstance(data, dict) and data.get("type") == "reasoning_text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        part_type_2 = LivePartReasoningText.from_dict(data)

        return part_type_2
    if not isinstance(data, dict):
        raise TypeError()
    part_type_3 = RealtimeUnknownVariant.from_dict(data)

    return part_type_3

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_response_content_part_added_type import (
    RealtimeBetaServerEventResponseContentPartAddedType,
)

if TYPE_CHECKING:
    from ..models.realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeBetaServerEventResponseContentPartAddedPart": RealtimeBetaServerEventResponseContentPartAddedPart,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeBetaServerEventResponseContentPartAdded")


@_attrs_define
class RealtimeBetaServerEventResponseContentPartAdded:
    """Returned when a new content part is added to an assistant message item during
    response generation.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeBetaServerEventResponseContentPartAddedType): The event type, must be
                `response.content_part.added`.
            response_id (str): The ID of the response.
            item_id (str): The ID of the item to which the content part was added.
            output_index (int): The index of the output item in the response.
            content_index (int): The index of the content part in the item's content array.
            part (RealtimeBetaServerEventResponseContentPartAddedPart): The content part that was added.
    """

    event_id: str
    type_: RealtimeBetaServerEventResponseContentPartAddedType | Literal["response.content_part.added"]
    response_id: str
    item_id: str
    output_index: int
    content_index: int
    part: RealtimeBetaServerEventResponseContentPartAddedPart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        part = self.part.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "part": part,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventResponseContentPartAddedType(d.pop("type"))

        response_id = d.pop("response_id")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        part = RealtimeBetaServerEventResponseContentPartAddedPart.from_dict(d.pop("part"))

        realtime_beta_server_event_response_content_part_added = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            part=part,
        )

        realtime_beta_server_event_response_content_part_added.additional_properties = d
        return realtime_beta_server_event_response_content_part_added

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_output_text_annotation_added_event_type import (
    LiveResponseOutputTextAnnotationAddedEventType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_annotation_container_file_citation import LiveAnnotationContainerFileCitation
    from ..models.live_annotation_file_citation import LiveAnnotationFileCitation
    from ..models.live_annotation_file_path import LiveAnnotationFilePath
    from ..models.live_annotation_url_citation import LiveAnnotationURLCitation
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_annotation_container_file_citation import LiveAnnotationContainerFileCitation  # noqa: PLC0415
    from ..models.live_annotation_file_citation import LiveAnnotationFileCitation  # noqa: PLC0415
    from ..models.live_annotation_file_path import LiveAnnotationFilePath  # noqa: PLC0415
    from ..models.live_annotation_url_citation import LiveAnnotationURLCitation  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveAnnotationContainerFileCitation": LiveAnnotationContainerFileCitation,
            "LiveAnnotationFileCitation": LiveAnnotationFileCitation,
            "LiveAnnotationFilePath": LiveAnnotationFilePath,
            "LiveAnnotationURLCitation": LiveAnnotationURLCitation,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseOutputTextAnnotationAddedEvent")


@_attrs_define
class LiveResponseOutputTextAnnotationAddedEvent:
    """Emitted when an annotation is added to output text content.

    Attributes:
        annotation_index (int):
        content_index (int):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type_ (LiveResponseOutputTextAnnotationAddedEventType):
        annotation (LiveAnnotationContainerFileCitation | LiveAnnotationFileCitation | LiveAnnotationFilePath |
            LiveAnnotationURLCitation | None | RealtimeUnknownVariant | Unset):
    """

    annotation_index: int
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    type_: LiveResponseOutputTextAnnotationAddedEventType | Literal["response.output_text.annotation.added"]
    annotation: (
        LiveAnnotationContainerFileCitation
        | LiveAnnotationFileCitation
        | LiveAnnotationFilePath
        | LiveAnnotationURLCitation
        | None
        | RealtimeUnknownVariant
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        annotation_index = self.annotation_index

        content_index = self.content_index

        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        annotation: dict[str, Any] | None | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        elif isinstance(self.annotation, LiveAnnotationFileCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, LiveAnnotationURLCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, LiveAnnotationContainerFileCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, LiveAnnotationFilePath):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, RealtimeUnknownVariant):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_index": annotation_index,
                "content_index": content_index,
                "item_id": item_id,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )
        if annotation is not UNSET:
            field_dict["annotation"] = annotation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        annotation_index = d.pop("annotation_index")

        content_index = d.pop("content_index")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseOutputTextAnnotationAddedEventType(d.pop("type"))

        annotation = _parse_annotation(d.pop("annotation", UNSET))

        live_response_output_text_annotation_added_event = cls(
            annotation_index=annotation_index,
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
            annotation=annotation,
        )

        live_response_output_text_annotation_added_event.additional_properties = d
        return live_response_output_text_annotation_added_event

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

    type: ClassVar[Literal["response.output_text.annotation.added"]] = "response.output_text.annotation.added"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_annotation(
    data: object,
) -> (
    LiveAnnotationContainerFileCitation
    | LiveAnnotationFileCitation
    | LiveAnnotationFilePath
    | LiveAnnotationURLCitation
    | None
    | RealtimeUnknownVariant
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "file_citation":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        annotation_type_0 = LiveAnnotationFileCitation.from_dict(data)

        return annotation_type_0
    if isinstance(data, dict) and data.get("type") == "url_citation":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        annotation_type_1 = LiveAnnotationURLCitation.from_dict(data)

        return annotation_type_1
    if isinstance(data, dict) and data.get("type") == "container_file_citation":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        annotation_type_2 = LiveAnnotationContainerFileCitation.from_dict(data)

        return annotation_type_2
    if isinstance(data, dict) and data.get("type") == "file_path":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        annotation_type_3 = LiveAnnotationFilePath.from_dict(data)

        return annotation_type_3
    try:
        if not isinstance(data, dict):
            raise TypeError()
        annotation_type_5 = RealtimeUnknownVariant.from_dict(data)

        return annotation_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveAnnotationContainerFileCitation
        | LiveAnnotationFileCitation
        | LiveAnnotationFilePath
        | LiveAnnotationURLCitation
        | None
        | RealtimeUnknownVariant
        | Unset,
        data,
    )

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_image_gen_call_partial_image_event_type import LiveResponseImageGenCallPartialImageEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponseImageGenCallPartialImageEvent")


@_attrs_define
class LiveResponseImageGenCallPartialImageEvent:
    """Emitted when a partial image is available during image generation streaming.

    Attributes:
        item_id (str):
        output_index (int):
        partial_image_b64 (str):
        partial_image_index (int):
        sequence_number (int):
        type_ (LiveResponseImageGenCallPartialImageEventType):
        background (None | str | Unset):
        output_format (None | str | Unset):
        quality (None | str | Unset):
        size (None | str | Unset):
    """

    item_id: str
    output_index: int
    partial_image_b64: str
    partial_image_index: int
    sequence_number: int
    type_: LiveResponseImageGenCallPartialImageEventType | Literal["response.image_generation_call.partial_image"]
    background: None | str | Unset = UNSET
    output_format: None | str | Unset = UNSET
    quality: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        output_index = self.output_index

        partial_image_b64 = self.partial_image_b64

        partial_image_index = self.partial_image_index

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        else:
            output_format = self.output_format

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "output_index": output_index,
                "partial_image_b64": partial_image_b64,
                "partial_image_index": partial_image_index,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        partial_image_b64 = d.pop("partial_image_b64")

        partial_image_index = d.pop("partial_image_index")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseImageGenCallPartialImageEventType(d.pop("type"))

        background = _parse_background(d.pop("background", UNSET))

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        quality = _parse_quality(d.pop("quality", UNSET))

        size = _parse_size(d.pop("size", UNSET))

        live_response_image_gen_call_partial_image_event = cls(
            item_id=item_id,
            output_index=output_index,
            partial_image_b64=partial_image_b64,
            partial_image_index=partial_image_index,
            sequence_number=sequence_number,
            type_=type_,
            background=background,
            output_format=output_format,
            quality=quality,
            size=size,
        )

        live_response_image_gen_call_partial_image_event.additional_properties = d
        return live_response_image_gen_call_partial_image_event

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

    type: ClassVar[Literal["response.image_generation_call.partial_image"]] = (
        "response.image_generation_call.partial_image"
    )
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_background(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_output_format(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_quality(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_size(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

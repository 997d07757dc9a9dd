from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_item_function_call_output_output_parts_input_image_detail import (
    LiveItemFunctionCallOutputOutputPartsInputImageDetail,
)
from ..models.live_item_function_call_output_output_parts_input_image_type import (
    LiveItemFunctionCallOutputOutputPartsInputImageType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveItemFunctionCallOutputOutputPartsInputImage")


@_attrs_define
class LiveItemFunctionCallOutputOutputPartsInputImage:
    """
    Attributes:
        image_url (str):
        type_ (LiveItemFunctionCallOutputOutputPartsInputImageType):
        detail (LiveItemFunctionCallOutputOutputPartsInputImageDetail | None | Unset):
    """

    image_url: str
    type_: LiveItemFunctionCallOutputOutputPartsInputImageType | Literal["input_image"]
    detail: LiveItemFunctionCallOutputOutputPartsInputImageDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        type_ = str(self.type_)

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, LiveItemFunctionCallOutputOutputPartsInputImageDetail):
            detail = str(self.detail)
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "type": type_,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        type_ = LiveItemFunctionCallOutputOutputPartsInputImageType(d.pop("type"))

        detail = _parse_detail(d.pop("detail", UNSET))

        live_item_function_call_output_output_parts_input_image = cls(
            image_url=image_url,
            type_=type_,
            detail=detail,
        )

        live_item_function_call_output_output_parts_input_image.additional_properties = d
        return live_item_function_call_output_output_parts_input_image

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

    type: ClassVar[Literal["input_image"]] = "input_image"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_detail(data: object) -> LiveItemFunctionCallOutputOutputPartsInputImageDetail | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        detail_type_0 = LiveItemFunctionCallOutputOutputPartsInputImageDetail(data)

        return detail_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveItemFunctionCallOutputOutputPartsInputImageDetail | None | Unset, data)

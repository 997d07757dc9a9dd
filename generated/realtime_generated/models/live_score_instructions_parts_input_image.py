from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_score_instructions_parts_input_image_detail import LiveScoreInstructionsPartsInputImageDetail
from ..models.live_score_instructions_parts_input_image_type import LiveScoreInstructionsPartsInputImageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveScoreInstructionsPartsInputImage")


@_attrs_define
class LiveScoreInstructionsPartsInputImage:
    """
    Attributes:
        image_url (str):
        type_ (LiveScoreInstructionsPartsInputImageType):
        detail (LiveScoreInstructionsPartsInputImageDetail | None | Unset):
    """

    image_url: str
    type_: LiveScoreInstructionsPartsInputImageType | Literal["input_image"]
    detail: LiveScoreInstructionsPartsInputImageDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        type_ = str(self.type_)

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, LiveScoreInstructionsPartsInputImageDetail):
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

        type_ = LiveScoreInstructionsPartsInputImageType(d.pop("type"))

        detail = _parse_detail(d.pop("detail", UNSET))

        live_score_instructions_parts_input_image = cls(
            image_url=image_url,
            type_=type_,
            detail=detail,
        )

        live_score_instructions_parts_input_image.additional_properties = d
        return live_score_instructions_parts_input_image

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


def _parse_detail(data: object) -> LiveScoreInstructionsPartsInputImageDetail | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        detail_type_0 = LiveScoreInstructionsPartsInputImageDetail(data)

        return detail_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveScoreInstructionsPartsInputImageDetail | None | Unset, data)

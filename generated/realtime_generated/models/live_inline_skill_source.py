from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_inline_skill_source_media_type import LiveInlineSkillSourceMediaType
from ..models.live_inline_skill_source_type import LiveInlineSkillSourceType

T = TypeVar("T", bound="LiveInlineSkillSource")


@_attrs_define
class LiveInlineSkillSource:
    """Inline skill payload

    Attributes:
        data (str):
        media_type (LiveInlineSkillSourceMediaType):
        type_ (LiveInlineSkillSourceType):
    """

    data: str
    media_type: LiveInlineSkillSourceMediaType | Literal["application/zip"]
    type_: LiveInlineSkillSourceType | Literal["base64"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        media_type = str(self.media_type)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "media_type": media_type,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        media_type = LiveInlineSkillSourceMediaType(d.pop("media_type"))

        type_ = LiveInlineSkillSourceType(d.pop("type"))

        live_inline_skill_source = cls(
            data=data,
            media_type=media_type,
            type_=type_,
        )

        live_inline_skill_source.additional_properties = d
        return live_inline_skill_source

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

    type: ClassVar[Literal["base64"]] = "base64"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

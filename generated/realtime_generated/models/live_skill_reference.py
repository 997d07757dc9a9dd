from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_skill_reference_type import LiveSkillReferenceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveSkillReference")


@_attrs_define
class LiveSkillReference:
    """
    Attributes:
        skill_id (str):
        type_ (LiveSkillReferenceType):
        version (None | str | Unset):
    """

    skill_id: str
    type_: LiveSkillReferenceType | Literal["skill_reference"]
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_id = self.skill_id

        type_ = str(self.type_)

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill_id": skill_id,
                "type": type_,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill_id = d.pop("skill_id")

        type_ = LiveSkillReferenceType(d.pop("type"))

        version = _parse_version(d.pop("version", UNSET))

        live_skill_reference = cls(
            skill_id=skill_id,
            type_=type_,
            version=version,
        )

        live_skill_reference.additional_properties = d
        return live_skill_reference

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

    type: ClassVar[Literal["skill_reference"]] = "skill_reference"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_version(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

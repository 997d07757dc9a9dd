from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_access_programs_cyber import LiveAccessProgramsCyber

T = TypeVar("T", bound="LiveAccessPrograms")


@_attrs_define
class LiveAccessPrograms:
    """
    Attributes:
        cyber (LiveAccessProgramsCyber):
    """

    cyber: LiveAccessProgramsCyber
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cyber = str(self.cyber)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cyber": cyber,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cyber = LiveAccessProgramsCyber(d.pop("cyber"))

        live_access_programs = cls(
            cyber=cyber,
        )

        live_access_programs.additional_properties = d
        return live_access_programs

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

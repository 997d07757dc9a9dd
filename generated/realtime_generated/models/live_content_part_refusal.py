from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_content_part_refusal_type import LiveContentPartRefusalType

T = TypeVar("T", bound="LiveContentPartRefusal")


@_attrs_define
class LiveContentPartRefusal:
    """
    Attributes:
        refusal (str):
        type_ (LiveContentPartRefusalType):
    """

    refusal: str
    type_: LiveContentPartRefusalType | Literal["refusal"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refusal = self.refusal

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refusal": refusal,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refusal = d.pop("refusal")

        type_ = LiveContentPartRefusalType(d.pop("type"))

        live_content_part_refusal = cls(
            refusal=refusal,
            type_=type_,
        )

        live_content_part_refusal.additional_properties = d
        return live_content_part_refusal

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

    type: ClassVar[Literal["refusal"]] = "refusal"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_apply_patch_type import LiveToolApplyPatchType

T = TypeVar("T", bound="LiveToolApplyPatch")


@_attrs_define
class LiveToolApplyPatch:
    """
    Attributes:
        type_ (LiveToolApplyPatchType):
    """

    type_: LiveToolApplyPatchType | Literal["apply_patch"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveToolApplyPatchType(d.pop("type"))

        live_tool_apply_patch = cls(
            type_=type_,
        )

        live_tool_apply_patch.additional_properties = d
        return live_tool_apply_patch

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

    type: ClassVar[Literal["apply_patch"]] = "apply_patch"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

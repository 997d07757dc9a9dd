from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_apply_patch_tool_allowed_callers_item import LiveApplyPatchToolAllowedCallersItem
from ..models.live_apply_patch_tool_type import LiveApplyPatchToolType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveApplyPatchTool")


@_attrs_define
class LiveApplyPatchTool:
    """Allows the assistant to create, delete, or update files using unified diffs.

    Attributes:
        type_ (LiveApplyPatchToolType):
        allowed_callers (list[LiveApplyPatchToolAllowedCallersItem] | None | Unset):
    """

    type_: LiveApplyPatchToolType | Literal["apply_patch"]
    allowed_callers: list[LiveApplyPatchToolAllowedCallersItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item = str(allowed_callers_type_0_item_data)
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveApplyPatchToolType(d.pop("type"))

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        live_apply_patch_tool = cls(
            type_=type_,
            allowed_callers=allowed_callers,
        )

        live_apply_patch_tool.additional_properties = d
        return live_apply_patch_tool

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


def _parse_allowed_callers(data: object) -> list[LiveApplyPatchToolAllowedCallersItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = []
        _allowed_callers_type_0 = data
        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
            allowed_callers_type_0_item = LiveApplyPatchToolAllowedCallersItem(allowed_callers_type_0_item_data)

            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveApplyPatchToolAllowedCallersItem] | None | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_choice_types_type import LiveToolChoiceTypesType

T = TypeVar("T", bound="LiveToolChoiceTypes")


@_attrs_define
class LiveToolChoiceTypes:
    """Indicates that the model should use a built-in tool to generate a response.
    [Learn more about built-in tools](https://developers.openai.com/api/docs/guides/tools).

        Attributes:
            type_ (LiveToolChoiceTypesType):
    """

    type_: LiveToolChoiceTypesType
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
        type_ = LiveToolChoiceTypesType(d.pop("type"))

        live_tool_choice_types = cls(
            type_=type_,
        )

        live_tool_choice_types.additional_properties = d
        return live_tool_choice_types

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

    @property
    def type(self) -> str:
        """The ``type`` value as a plain string (the attrs field is ``type_``)."""
        return str(self.type_)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_tool_choice_custom_type import LiveResponsesToolChoiceCustomType

T = TypeVar("T", bound="LiveResponsesToolChoiceCustom")


@_attrs_define
class LiveResponsesToolChoiceCustom:
    """Use this option to force the model to call a specific custom tool.

    Attributes:
        name (str):
        type_ (LiveResponsesToolChoiceCustomType):
    """

    name: str
    type_: LiveResponsesToolChoiceCustomType | Literal["custom"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = LiveResponsesToolChoiceCustomType(d.pop("type"))

        live_responses_tool_choice_custom = cls(
            name=name,
            type_=type_,
        )

        live_responses_tool_choice_custom.additional_properties = d
        return live_responses_tool_choice_custom

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

    type: ClassVar[Literal["custom"]] = "custom"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

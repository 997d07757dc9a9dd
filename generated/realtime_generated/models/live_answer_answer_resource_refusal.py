from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_answer_answer_resource_refusal_type import LiveAnswerAnswerResourceRefusalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveAnswerAnswerResourceRefusal")


@_attrs_define
class LiveAnswerAnswerResourceRefusal:
    """The model declined to answer this question.

    Other questions in the same request can still receive answers.

        Attributes:
            type_ (LiveAnswerAnswerResourceRefusalType):
            name (None | str | Unset):
    """

    type_: LiveAnswerAnswerResourceRefusalType | Literal["refusal"]
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveAnswerAnswerResourceRefusalType(d.pop("type"))

        name = _parse_name(d.pop("name", UNSET))

        live_answer_answer_resource_refusal = cls(
            type_=type_,
            name=name,
        )

        live_answer_answer_resource_refusal.additional_properties = d
        return live_answer_answer_resource_refusal

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


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

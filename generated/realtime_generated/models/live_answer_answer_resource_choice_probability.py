from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LiveAnswerAnswerResourceChoiceProbability")


@_attrs_define
class LiveAnswerAnswerResourceChoiceProbability:
    """
    Attributes:
        probability (float):
        value (bool | str):
    """

    probability: float
    value: bool | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        probability = self.probability

        value: bool | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "probability": probability,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        probability = d.pop("probability")

        value = _parse_value(d.pop("value"))

        live_answer_answer_resource_choice_probability = cls(
            probability=probability,
            value=value,
        )

        live_answer_answer_resource_choice_probability.additional_properties = d
        return live_answer_answer_resource_choice_probability

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


def _parse_value(data: object) -> bool | str:
    return cast(bool | str, data)

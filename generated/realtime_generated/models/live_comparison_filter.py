from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_comparison_filter_type import LiveComparisonFilterType

T = TypeVar("T", bound="LiveComparisonFilter")


@_attrs_define
class LiveComparisonFilter:
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation.

    Attributes:
        key (str):
        type_ (LiveComparisonFilterType):
        value (bool | float | list[float | str] | str):
    """

    key: str
    type_: LiveComparisonFilterType
    value: bool | float | list[float | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_ = str(self.type_)

        value: bool | float | list[float | str] | str
        if isinstance(self.value, list):
            value = []
            for value_type_3_item_data in self.value:
                value_type_3_item: float | str
                value_type_3_item = value_type_3_item_data
                value.append(value_type_3_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        type_ = LiveComparisonFilterType(d.pop("type"))

        value = _parse_value(d.pop("value"))

        live_comparison_filter = cls(
            key=key,
            type_=type_,
            value=value,
        )

        live_comparison_filter.additional_properties = d
        return live_comparison_filter

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


def _parse_value(data: object) -> bool | float | list[float | str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        value_type_3 = []
        _value_type_3 = data
        for value_type_3_item_data in _value_type_3:
            value_type_3_item = _parse_value_type_3_item(value_type_3_item_data)

            value_type_3.append(value_type_3_item)

        return value_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(bool | float | list[float | str] | str, data)


def _parse_value_type_3_item(data: object) -> float | str:
    return cast(float | str, data)

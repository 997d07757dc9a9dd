from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LiveToolUsageImageGenCachedTokensDetails")


@_attrs_define
class LiveToolUsageImageGenCachedTokensDetails:
    """
    Attributes:
        cached_image_tokens (int):
        cached_text_tokens (int):
    """

    cached_image_tokens: int
    cached_text_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cached_image_tokens = self.cached_image_tokens

        cached_text_tokens = self.cached_text_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cached_image_tokens": cached_image_tokens,
                "cached_text_tokens": cached_text_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cached_image_tokens = d.pop("cached_image_tokens")

        cached_text_tokens = d.pop("cached_text_tokens")

        live_tool_usage_image_gen_cached_tokens_details = cls(
            cached_image_tokens=cached_image_tokens,
            cached_text_tokens=cached_text_tokens,
        )

        live_tool_usage_image_gen_cached_tokens_details.additional_properties = d
        return live_tool_usage_image_gen_cached_tokens_details

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTruncationRetentionRatioTruncationTokenLimits")


@_attrs_define
class RealtimeTruncationRetentionRatioTruncationTokenLimits:
    """Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be
    used.

        Attributes:
            post_instructions (int | None | Unset): Maximum tokens allowed in the conversation after instructions (which
                including tool definitions). For example, setting this to 5,000 would mean that truncation would occur when the
                conversation exceeds 5,000 tokens after instructions. This cannot be higher than the model's context window size
                minus the maximum output tokens.
    """

    post_instructions: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_instructions: int | None | Unset
        if isinstance(self.post_instructions, Unset):
            post_instructions = UNSET
        else:
            post_instructions = self.post_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_instructions is not UNSET:
            field_dict["post_instructions"] = post_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        post_instructions = _parse_post_instructions(d.pop("post_instructions", UNSET))

        realtime_truncation_retention_ratio_truncation_token_limits = cls(
            post_instructions=post_instructions,
        )

        realtime_truncation_retention_ratio_truncation_token_limits.additional_properties = d
        return realtime_truncation_retention_ratio_truncation_token_limits

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


def _parse_post_instructions(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "post_instructions": {"minimum": 0},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_prompt_cache_options_mode import LivePromptCacheOptionsMode
from ..models.live_prompt_cache_options_ttl import LivePromptCacheOptionsTtl
from ..types import UNSET, Unset

T = TypeVar("T", bound="LivePromptCacheOptions")


@_attrs_define
class LivePromptCacheOptions:
    """The prompt-caching options that were applied to the response.

    Supported for `gpt-5.6` and later models.

        Attributes:
            mode (LivePromptCacheOptionsMode):
            ttl (LivePromptCacheOptionsTtl):
            comparison_response_id (None | str | Unset):
    """

    mode: LivePromptCacheOptionsMode
    ttl: LivePromptCacheOptionsTtl
    comparison_response_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = str(self.mode)

        ttl = str(self.ttl)

        comparison_response_id: None | str | Unset
        if isinstance(self.comparison_response_id, Unset):
            comparison_response_id = UNSET
        else:
            comparison_response_id = self.comparison_response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "ttl": ttl,
            }
        )
        if comparison_response_id is not UNSET:
            field_dict["comparison_response_id"] = comparison_response_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = LivePromptCacheOptionsMode(d.pop("mode"))

        ttl = LivePromptCacheOptionsTtl(d.pop("ttl"))

        comparison_response_id = _parse_comparison_response_id(d.pop("comparison_response_id", UNSET))

        live_prompt_cache_options = cls(
            mode=mode,
            ttl=ttl,
            comparison_response_id=comparison_response_id,
        )

        live_prompt_cache_options.additional_properties = d
        return live_prompt_cache_options

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


def _parse_comparison_response_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode

T = TypeVar("T", bound="PromptCacheBreakpointConfig")


@_attrs_define
class PromptCacheBreakpointConfig:
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.

        Attributes:
            mode (PromptCacheBreakpointConfigMode): The breakpoint mode. Always `explicit`. Default:
                PromptCacheBreakpointConfigMode.EXPLICIT.
    """

    mode: PromptCacheBreakpointConfigMode | Literal["explicit"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = str(self.mode)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = PromptCacheBreakpointConfigMode(d.pop("mode"))

        prompt_cache_breakpoint_config = cls(
            mode=mode,
        )

        prompt_cache_breakpoint_config.additional_properties = d
        return prompt_cache_breakpoint_config

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

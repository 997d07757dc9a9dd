from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_prompt_cache_breakpoint_mode import LivePromptCacheBreakpointMode
from ..models.live_prompt_cache_breakpoint_ttl import LivePromptCacheBreakpointTtl
from ..types import UNSET, Unset

T = TypeVar("T", bound="LivePromptCacheBreakpoint")


@_attrs_define
class LivePromptCacheBreakpoint:
    """Marks the exact end of a reusable prompt prefix.

    When `ttl` is omitted, the breakpoint inherits the request's `prompt_cache_options.ttl`; the boundary is not rounded
    to a token block.

        Attributes:
            mode (LivePromptCacheBreakpointMode):
            ttl (LivePromptCacheBreakpointTtl | None | Unset):
    """

    mode: LivePromptCacheBreakpointMode | Literal["explicit"]
    ttl: LivePromptCacheBreakpointTtl | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = str(self.mode)

        ttl: None | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        elif isinstance(self.ttl, LivePromptCacheBreakpointTtl):
            ttl = str(self.ttl)
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = LivePromptCacheBreakpointMode(d.pop("mode"))

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        live_prompt_cache_breakpoint = cls(
            mode=mode,
            ttl=ttl,
        )

        live_prompt_cache_breakpoint.additional_properties = d
        return live_prompt_cache_breakpoint

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


def _parse_ttl(data: object) -> LivePromptCacheBreakpointTtl | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        ttl_type_0 = LivePromptCacheBreakpointTtl(data)

        return ttl_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LivePromptCacheBreakpointTtl | None | Unset, data)

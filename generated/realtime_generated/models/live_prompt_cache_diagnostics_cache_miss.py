from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_prompt_cache_diagnostics_cache_miss_reason import LivePromptCacheDiagnosticsCacheMissReason
from ..models.live_prompt_cache_diagnostics_cache_miss_type import LivePromptCacheDiagnosticsCacheMissType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LivePromptCacheDiagnosticsCacheMiss")


@_attrs_define
class LivePromptCacheDiagnosticsCacheMiss:
    """
    Attributes:
        cache_missed_tokens (int):
        reason (LivePromptCacheDiagnosticsCacheMissReason):
        type_ (LivePromptCacheDiagnosticsCacheMissType):
        comparison_reusable_tokens (int | None | Unset):
    """

    cache_missed_tokens: int
    reason: LivePromptCacheDiagnosticsCacheMissReason
    type_: LivePromptCacheDiagnosticsCacheMissType | Literal["cache_miss"]
    comparison_reusable_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_missed_tokens = self.cache_missed_tokens

        reason = str(self.reason)

        type_ = str(self.type_)

        comparison_reusable_tokens: int | None | Unset
        if isinstance(self.comparison_reusable_tokens, Unset):
            comparison_reusable_tokens = UNSET
        else:
            comparison_reusable_tokens = self.comparison_reusable_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_missed_tokens": cache_missed_tokens,
                "reason": reason,
                "type": type_,
            }
        )
        if comparison_reusable_tokens is not UNSET:
            field_dict["comparison_reusable_tokens"] = comparison_reusable_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_missed_tokens = d.pop("cache_missed_tokens")

        reason = LivePromptCacheDiagnosticsCacheMissReason(d.pop("reason"))

        type_ = LivePromptCacheDiagnosticsCacheMissType(d.pop("type"))

        comparison_reusable_tokens = _parse_comparison_reusable_tokens(d.pop("comparison_reusable_tokens", UNSET))

        live_prompt_cache_diagnostics_cache_miss = cls(
            cache_missed_tokens=cache_missed_tokens,
            reason=reason,
            type_=type_,
            comparison_reusable_tokens=comparison_reusable_tokens,
        )

        live_prompt_cache_diagnostics_cache_miss.additional_properties = d
        return live_prompt_cache_diagnostics_cache_miss

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

    type: ClassVar[Literal["cache_miss"]] = "cache_miss"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_comparison_reusable_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)

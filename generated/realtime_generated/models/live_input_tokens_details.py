from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_input_tokens_details_cache_write_tokens_details import (
        LiveInputTokensDetailsCacheWriteTokensDetails,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_input_tokens_details_cache_write_tokens_details import (
        LiveInputTokensDetailsCacheWriteTokensDetails,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveInputTokensDetailsCacheWriteTokensDetails": LiveInputTokensDetailsCacheWriteTokensDetails,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveInputTokensDetails")


@_attrs_define
class LiveInputTokensDetails:
    """A detailed breakdown of the input tokens.

    Attributes:
        cache_write_tokens (int):
        cached_tokens (int):
        cache_write_tokens_details (LiveInputTokensDetailsCacheWriteTokensDetails | None | Unset):
    """

    cache_write_tokens: int
    cached_tokens: int
    cache_write_tokens_details: LiveInputTokensDetailsCacheWriteTokensDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        cache_write_tokens = self.cache_write_tokens

        cached_tokens = self.cached_tokens

        cache_write_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.cache_write_tokens_details, Unset):
            cache_write_tokens_details = UNSET
        elif isinstance(self.cache_write_tokens_details, LiveInputTokensDetailsCacheWriteTokensDetails):
            cache_write_tokens_details = self.cache_write_tokens_details.to_dict()
        else:
            cache_write_tokens_details = self.cache_write_tokens_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_write_tokens": cache_write_tokens,
                "cached_tokens": cached_tokens,
            }
        )
        if cache_write_tokens_details is not UNSET:
            field_dict["cache_write_tokens_details"] = cache_write_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        cache_write_tokens = d.pop("cache_write_tokens")

        cached_tokens = d.pop("cached_tokens")

        cache_write_tokens_details = _parse_cache_write_tokens_details(d.pop("cache_write_tokens_details", UNSET))

        live_input_tokens_details = cls(
            cache_write_tokens=cache_write_tokens,
            cached_tokens=cached_tokens,
            cache_write_tokens_details=cache_write_tokens_details,
        )

        live_input_tokens_details.additional_properties = d
        return live_input_tokens_details

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


def _parse_cache_write_tokens_details(data: object) -> LiveInputTokensDetailsCacheWriteTokensDetails | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cache_write_tokens_details_type_0 = LiveInputTokensDetailsCacheWriteTokensDetails.from_dict(data)

        return cache_write_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveInputTokensDetailsCacheWriteTokensDetails | None | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails": RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeBetaResponseUsageInputTokenDetails")


@_attrs_define
class RealtimeBetaResponseUsageInputTokenDetails:
    """Details about the input tokens used in the Response.

    Attributes:
        cached_tokens (int | None | Unset): The number of cached tokens used as input for the Response.
        text_tokens (int | None | Unset): The number of text tokens used as input for the Response.
        image_tokens (int | None | Unset): The number of image tokens used as input for the Response.
        audio_tokens (int | None | Unset): The number of audio tokens used as input for the Response.
        cached_tokens_details (None | RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | Unset): Details
            about the cached tokens used as input for the Response.
    """

    cached_tokens: int | None | Unset = UNSET
    text_tokens: int | None | Unset = UNSET
    image_tokens: int | None | Unset = UNSET
    audio_tokens: int | None | Unset = UNSET
    cached_tokens_details: None | RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        cached_tokens: int | None | Unset
        if isinstance(self.cached_tokens, Unset):
            cached_tokens = UNSET
        else:
            cached_tokens = self.cached_tokens

        text_tokens: int | None | Unset
        if isinstance(self.text_tokens, Unset):
            text_tokens = UNSET
        else:
            text_tokens = self.text_tokens

        image_tokens: int | None | Unset
        if isinstance(self.image_tokens, Unset):
            image_tokens = UNSET
        else:
            image_tokens = self.image_tokens

        audio_tokens: int | None | Unset
        if isinstance(self.audio_tokens, Unset):
            audio_tokens = UNSET
        else:
            audio_tokens = self.audio_tokens

        cached_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.cached_tokens_details, Unset):
            cached_tokens_details = UNSET
        elif isinstance(self.cached_tokens_details, RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails):
            cached_tokens_details = self.cached_tokens_details.to_dict()
        else:
            cached_tokens_details = self.cached_tokens_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if cached_tokens_details is not UNSET:
            field_dict["cached_tokens_details"] = cached_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        cached_tokens = _parse_cached_tokens(d.pop("cached_tokens", UNSET))

        text_tokens = _parse_text_tokens(d.pop("text_tokens", UNSET))

        image_tokens = _parse_image_tokens(d.pop("image_tokens", UNSET))

        audio_tokens = _parse_audio_tokens(d.pop("audio_tokens", UNSET))

        cached_tokens_details = _parse_cached_tokens_details(d.pop("cached_tokens_details", UNSET))

        realtime_beta_response_usage_input_token_details = cls(
            cached_tokens=cached_tokens,
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
            cached_tokens_details=cached_tokens_details,
        )

        realtime_beta_response_usage_input_token_details.additional_properties = d
        return realtime_beta_response_usage_input_token_details

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


def _parse_cached_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_text_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_image_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_audio_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_cached_tokens_details(
    data: object,
) -> None | RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cached_tokens_details_type_0 = RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails.from_dict(data)

        return cached_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_tool_usage_image_gen_cached_tokens_details import LiveToolUsageImageGenCachedTokensDetails
    from ..models.live_tool_usage_image_gen_input_tokens_details import LiveToolUsageImageGenInputTokensDetails
    from ..models.live_tool_usage_image_gen_output_tokens_details import LiveToolUsageImageGenOutputTokensDetails


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_usage_image_gen_cached_tokens_details import LiveToolUsageImageGenCachedTokensDetails  # noqa: PLC0415
    from ..models.live_tool_usage_image_gen_input_tokens_details import LiveToolUsageImageGenInputTokensDetails  # noqa: PLC0415
    from ..models.live_tool_usage_image_gen_output_tokens_details import LiveToolUsageImageGenOutputTokensDetails  # noqa: PLC0415

    globals().update(
        {
            "LiveToolUsageImageGenCachedTokensDetails": LiveToolUsageImageGenCachedTokensDetails,
            "LiveToolUsageImageGenInputTokensDetails": LiveToolUsageImageGenInputTokensDetails,
            "LiveToolUsageImageGenOutputTokensDetails": LiveToolUsageImageGenOutputTokensDetails,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolUsageImageGen")


@_attrs_define
class LiveToolUsageImageGen:
    """Aggregated usage statistics for image generation tool calls.

    Attributes:
        input_tokens (int):
        input_tokens_details (LiveToolUsageImageGenInputTokensDetails): The input tokens detailed information for the
            image generation.
        output_tokens (int):
        total_tokens (int):
        cached_tokens (int | None | Unset):
        cached_tokens_details (LiveToolUsageImageGenCachedTokensDetails | None | Unset):
        output_tokens_details (LiveToolUsageImageGenOutputTokensDetails | None | Unset):
    """

    input_tokens: int
    input_tokens_details: LiveToolUsageImageGenInputTokensDetails
    output_tokens: int
    total_tokens: int
    cached_tokens: int | None | Unset = UNSET
    cached_tokens_details: LiveToolUsageImageGenCachedTokensDetails | None | Unset = UNSET
    output_tokens_details: LiveToolUsageImageGenOutputTokensDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        input_tokens = self.input_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        cached_tokens: int | None | Unset
        if isinstance(self.cached_tokens, Unset):
            cached_tokens = UNSET
        else:
            cached_tokens = self.cached_tokens

        cached_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.cached_tokens_details, Unset):
            cached_tokens_details = UNSET
        elif isinstance(self.cached_tokens_details, LiveToolUsageImageGenCachedTokensDetails):
            cached_tokens_details = self.cached_tokens_details.to_dict()
        else:
            cached_tokens_details = self.cached_tokens_details

        output_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.output_tokens_details, Unset):
            output_tokens_details = UNSET
        elif isinstance(self.output_tokens_details, LiveToolUsageImageGenOutputTokensDetails):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "input_tokens_details": input_tokens_details,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if cached_tokens_details is not UNSET:
            field_dict["cached_tokens_details"] = cached_tokens_details
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        input_tokens_details = LiveToolUsageImageGenInputTokensDetails.from_dict(d.pop("input_tokens_details"))

        output_tokens = d.pop("output_tokens")

        total_tokens = d.pop("total_tokens")

        cached_tokens = _parse_cached_tokens(d.pop("cached_tokens", UNSET))

        cached_tokens_details = _parse_cached_tokens_details(d.pop("cached_tokens_details", UNSET))

        output_tokens_details = _parse_output_tokens_details(d.pop("output_tokens_details", UNSET))

        live_tool_usage_image_gen = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            cached_tokens=cached_tokens,
            cached_tokens_details=cached_tokens_details,
            output_tokens_details=output_tokens_details,
        )

        live_tool_usage_image_gen.additional_properties = d
        return live_tool_usage_image_gen

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


def _parse_cached_tokens_details(data: object) -> LiveToolUsageImageGenCachedTokensDetails | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cached_tokens_details_type_0 = LiveToolUsageImageGenCachedTokensDetails.from_dict(data)

        return cached_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolUsageImageGenCachedTokensDetails | None | Unset, data)


def _parse_output_tokens_details(data: object) -> LiveToolUsageImageGenOutputTokensDetails | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_tokens_details_type_0 = LiveToolUsageImageGenOutputTokensDetails.from_dict(data)

        return output_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolUsageImageGenOutputTokensDetails | None | Unset, data)

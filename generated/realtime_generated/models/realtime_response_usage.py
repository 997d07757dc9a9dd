from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_usage_input_token_details import RealtimeResponseUsageInputTokenDetails
    from ..models.realtime_response_usage_output_token_details import RealtimeResponseUsageOutputTokenDetails


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_response_usage_input_token_details import RealtimeResponseUsageInputTokenDetails  # noqa: PLC0415
    from ..models.realtime_response_usage_output_token_details import RealtimeResponseUsageOutputTokenDetails  # noqa: PLC0415

    globals().update(
        {
            "RealtimeResponseUsageInputTokenDetails": RealtimeResponseUsageInputTokenDetails,
            "RealtimeResponseUsageOutputTokenDetails": RealtimeResponseUsageOutputTokenDetails,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeResponseUsage")


@_attrs_define
class RealtimeResponseUsage:
    """Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns.

        Attributes:
            total_tokens (int | None | Unset): The total number of tokens in the Response including input and output
                text and audio tokens.
            input_tokens (int | None | Unset): The number of input tokens used in the Response, including text and
                audio tokens.
            output_tokens (int | None | Unset): The number of output tokens sent in the Response, including text and
                audio tokens.
            input_token_details (None | RealtimeResponseUsageInputTokenDetails | Unset): Details about the input tokens used
                in the Response. Cached tokens are tokens from previous turns in the conversation that are included as context
                for the current response. Cached tokens here are counted as a subset of input tokens, meaning input tokens will
                include cached and uncached tokens.
            output_token_details (None | RealtimeResponseUsageOutputTokenDetails | Unset): Details about the output tokens
                used in the Response.
    """

    total_tokens: int | None | Unset = UNSET
    input_tokens: int | None | Unset = UNSET
    output_tokens: int | None | Unset = UNSET
    input_token_details: None | RealtimeResponseUsageInputTokenDetails | Unset = UNSET
    output_token_details: None | RealtimeResponseUsageOutputTokenDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        total_tokens: int | None | Unset
        if isinstance(self.total_tokens, Unset):
            total_tokens = UNSET
        else:
            total_tokens = self.total_tokens

        input_tokens: int | None | Unset
        if isinstance(self.input_tokens, Unset):
            input_tokens = UNSET
        else:
            input_tokens = self.input_tokens

        output_tokens: int | None | Unset
        if isinstance(self.output_tokens, Unset):
            output_tokens = UNSET
        else:
            output_tokens = self.output_tokens

        input_token_details: dict[str, Any] | None | Unset
        if isinstance(self.input_token_details, Unset):
            input_token_details = UNSET
        elif isinstance(self.input_token_details, RealtimeResponseUsageInputTokenDetails):
            input_token_details = self.input_token_details.to_dict()
        else:
            input_token_details = self.input_token_details

        output_token_details: dict[str, Any] | None | Unset
        if isinstance(self.output_token_details, Unset):
            output_token_details = UNSET
        elif isinstance(self.output_token_details, RealtimeResponseUsageOutputTokenDetails):
            output_token_details = self.output_token_details.to_dict()
        else:
            output_token_details = self.output_token_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details
        if output_token_details is not UNSET:
            field_dict["output_token_details"] = output_token_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        total_tokens = _parse_total_tokens(d.pop("total_tokens", UNSET))

        input_tokens = _parse_input_tokens(d.pop("input_tokens", UNSET))

        output_tokens = _parse_output_tokens(d.pop("output_tokens", UNSET))

        input_token_details = _parse_input_token_details(d.pop("input_token_details", UNSET))

        output_token_details = _parse_output_token_details(d.pop("output_token_details", UNSET))

        realtime_response_usage = cls(
            total_tokens=total_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            input_token_details=input_token_details,
            output_token_details=output_token_details,
        )

        realtime_response_usage.additional_properties = d
        return realtime_response_usage

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


def _parse_total_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_input_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_output_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_input_token_details(data: object) -> None | RealtimeResponseUsageInputTokenDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_token_details_type_0 = RealtimeResponseUsageInputTokenDetails.from_dict(data)

        return input_token_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeResponseUsageInputTokenDetails | Unset, data)


def _parse_output_token_details(data: object) -> None | RealtimeResponseUsageOutputTokenDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_token_details_type_0 = RealtimeResponseUsageOutputTokenDetails.from_dict(data)

        return output_token_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeResponseUsageOutputTokenDetails | Unset, data)

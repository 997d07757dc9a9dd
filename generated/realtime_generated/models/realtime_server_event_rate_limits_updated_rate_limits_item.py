from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeServerEventRateLimitsUpdatedRateLimitsItemName,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventRateLimitsUpdatedRateLimitsItem")


@_attrs_define
class RealtimeServerEventRateLimitsUpdatedRateLimitsItem:
    """
    Attributes:
        name (None | RealtimeServerEventRateLimitsUpdatedRateLimitsItemName | Unset): The name of the rate limit
            (`requests`, `tokens`).
        limit (int | None | Unset): The maximum allowed value for the rate limit.
        remaining (int | None | Unset): The remaining value before the limit is reached.
        reset_seconds (float | None | Unset): Seconds until the rate limit resets.
    """

    name: None | RealtimeServerEventRateLimitsUpdatedRateLimitsItemName | Unset = UNSET
    limit: int | None | Unset = UNSET
    remaining: int | None | Unset = UNSET
    reset_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, RealtimeServerEventRateLimitsUpdatedRateLimitsItemName):
            name = str(self.name)
        else:
            name = self.name

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        remaining: int | None | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        reset_seconds: float | None | Unset
        if isinstance(self.reset_seconds, Unset):
            reset_seconds = UNSET
        else:
            reset_seconds = self.reset_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if limit is not UNSET:
            field_dict["limit"] = limit
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if reset_seconds is not UNSET:
            field_dict["reset_seconds"] = reset_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = _parse_name(d.pop("name", UNSET))

        limit = _parse_limit(d.pop("limit", UNSET))

        remaining = _parse_remaining(d.pop("remaining", UNSET))

        reset_seconds = _parse_reset_seconds(d.pop("reset_seconds", UNSET))

        realtime_server_event_rate_limits_updated_rate_limits_item = cls(
            name=name,
            limit=limit,
            remaining=remaining,
            reset_seconds=reset_seconds,
        )

        realtime_server_event_rate_limits_updated_rate_limits_item.additional_properties = d
        return realtime_server_event_rate_limits_updated_rate_limits_item

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


def _parse_name(data: object) -> None | RealtimeServerEventRateLimitsUpdatedRateLimitsItemName | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        name_type_0 = RealtimeServerEventRateLimitsUpdatedRateLimitsItemName(data)

        return name_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeServerEventRateLimitsUpdatedRateLimitsItemName | Unset, data)


def _parse_limit(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_remaining(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_reset_seconds(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)

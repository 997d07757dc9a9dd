from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveSessionUsage")


@_attrs_define
class LiveSessionUsage:
    """Cumulative billable duration for a Live session.

    Eligible WebRTC sessions also report the active and paused breakdown. Do not sum values across usage events.

        Attributes:
            seconds (float):
            active_seconds (int | None | Unset):
            paused_seconds (int | None | Unset):
    """

    seconds: float
    active_seconds: int | None | Unset = UNSET
    paused_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seconds = self.seconds

        active_seconds: int | None | Unset
        if isinstance(self.active_seconds, Unset):
            active_seconds = UNSET
        else:
            active_seconds = self.active_seconds

        paused_seconds: int | None | Unset
        if isinstance(self.paused_seconds, Unset):
            paused_seconds = UNSET
        else:
            paused_seconds = self.paused_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seconds": seconds,
            }
        )
        if active_seconds is not UNSET:
            field_dict["active_seconds"] = active_seconds
        if paused_seconds is not UNSET:
            field_dict["paused_seconds"] = paused_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seconds = d.pop("seconds")

        active_seconds = _parse_active_seconds(d.pop("active_seconds", UNSET))

        paused_seconds = _parse_paused_seconds(d.pop("paused_seconds", UNSET))

        live_session_usage = cls(
            seconds=seconds,
            active_seconds=active_seconds,
            paused_seconds=paused_seconds,
        )

        live_session_usage.additional_properties = d
        return live_session_usage

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


def _parse_active_seconds(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_paused_seconds(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_request_client_secret_expires_after_anchor import (
    RealtimeSessionCreateRequestClientSecretExpiresAfterAnchor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequestClientSecretExpiresAfter")


@_attrs_define
class RealtimeSessionCreateRequestClientSecretExpiresAfter:
    """Configuration for the ephemeral token expiration.

    Attributes:
        anchor (RealtimeSessionCreateRequestClientSecretExpiresAfterAnchor): The anchor point for the ephemeral token
            expiration.
        seconds (int | None | Unset): The number of seconds from the anchor point to the expiration.
    """

    anchor: RealtimeSessionCreateRequestClientSecretExpiresAfterAnchor | Literal["created_at"]
    seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor = str(self.anchor)

        seconds: int | None | Unset
        if isinstance(self.seconds, Unset):
            seconds = UNSET
        else:
            seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anchor": anchor,
            }
        )
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anchor = RealtimeSessionCreateRequestClientSecretExpiresAfterAnchor(d.pop("anchor"))

        seconds = _parse_seconds(d.pop("seconds", UNSET))

        realtime_session_create_request_client_secret_expires_after = cls(
            anchor=anchor,
            seconds=seconds,
        )

        realtime_session_create_request_client_secret_expires_after.additional_properties = d
        return realtime_session_create_request_client_secret_expires_after

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


def _parse_seconds(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)

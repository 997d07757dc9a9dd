from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_request_client_secret_type_0_expires_after_type_0_anchor import (
    RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0")


@_attrs_define
class RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0:
    """Configuration for the ephemeral token expiration.

    Attributes:
        anchor (RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor): The anchor point for the
            ephemeral token expiration.
        seconds (int | None | Unset): The number of seconds from the anchor point to the expiration.
    """

    anchor: RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor
    seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor = self.anchor.value

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
        anchor = RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor(d.pop("anchor"))

        def _parse_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seconds = _parse_seconds(d.pop("seconds", UNSET))

        realtime_session_create_request_client_secret_type_0_expires_after_type_0 = cls(
            anchor=anchor,
            seconds=seconds,
        )

        realtime_session_create_request_client_secret_type_0_expires_after_type_0.additional_properties = d
        return realtime_session_create_request_client_secret_type_0_expires_after_type_0

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

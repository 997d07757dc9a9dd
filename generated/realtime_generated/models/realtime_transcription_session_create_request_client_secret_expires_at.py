from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_client_secret_expires_at_anchor import (
    RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAt")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAt:
    """Configuration for the ephemeral token expiration.

    Attributes:
        anchor (None | RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor | Unset): The anchor point
            for the ephemeral token expiration.
        seconds (int | None | Unset): The number of seconds from the anchor point to the expiration.
    """

    anchor: None | RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor | Unset = UNSET
    seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor: None | str | Unset
        if isinstance(self.anchor, Unset):
            anchor = UNSET
        elif isinstance(self.anchor, RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor):
            anchor = str(self.anchor)
        else:
            anchor = self.anchor

        seconds: int | None | Unset
        if isinstance(self.seconds, Unset):
            seconds = UNSET
        else:
            seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anchor = _parse_anchor(d.pop("anchor", UNSET))

        seconds = _parse_seconds(d.pop("seconds", UNSET))

        realtime_transcription_session_create_request_client_secret_expires_at = cls(
            anchor=anchor,
            seconds=seconds,
        )

        realtime_transcription_session_create_request_client_secret_expires_at.additional_properties = d
        return realtime_transcription_session_create_request_client_secret_expires_at

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


def _parse_anchor(data: object) -> None | RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        anchor_type_0 = RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor(data)

        return anchor_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor | Unset, data)


def _parse_seconds(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "seconds": {"minimum": 10, "maximum": 7200},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""

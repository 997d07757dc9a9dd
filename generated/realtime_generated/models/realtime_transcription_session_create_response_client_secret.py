from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseClientSecret")


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseClientSecret:
    """Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.

        Attributes:
            value (str): Ephemeral key usable in client environments to authenticate connections
                to the Realtime API. Use this in client-side environments rather than
                a standard API token, which should only be used server-side.
            expires_at (int): Timestamp for when the token expires. Currently, all tokens expire
                after one minute.
    """

    value: str = _attrs_field(repr=False)
    expires_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        expires_at = d.pop("expires_at")

        realtime_transcription_session_create_response_client_secret = cls(
            value=value,
            expires_at=expires_at,
        )

        realtime_transcription_session_create_response_client_secret.additional_properties = d
        return realtime_transcription_session_create_response_client_secret

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

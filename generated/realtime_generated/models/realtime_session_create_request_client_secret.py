from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_client_secret_expires_after import (
        RealtimeSessionCreateRequestClientSecretExpiresAfter,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_session_create_request_client_secret_expires_after import (
        RealtimeSessionCreateRequestClientSecretExpiresAfter,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeSessionCreateRequestClientSecretExpiresAfter": RealtimeSessionCreateRequestClientSecretExpiresAfter,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeSessionCreateRequestClientSecret")


@_attrs_define
class RealtimeSessionCreateRequestClientSecret:
    """Configuration options for the generated client secret.

    Attributes:
        expires_after (None | RealtimeSessionCreateRequestClientSecretExpiresAfter | Unset): Configuration for the
            ephemeral token expiration.
    """

    expires_after: None | RealtimeSessionCreateRequestClientSecretExpiresAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        expires_after: dict[str, Any] | None | Unset
        if isinstance(self.expires_after, Unset):
            expires_after = UNSET
        elif isinstance(self.expires_after, RealtimeSessionCreateRequestClientSecretExpiresAfter):
            expires_after = self.expires_after.to_dict()
        else:
            expires_after = self.expires_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        expires_after = _parse_expires_after(d.pop("expires_after", UNSET))

        realtime_session_create_request_client_secret = cls(
            expires_after=expires_after,
        )

        realtime_session_create_request_client_secret.additional_properties = d
        return realtime_session_create_request_client_secret

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


def _parse_expires_after(data: object) -> None | RealtimeSessionCreateRequestClientSecretExpiresAfter | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("anchor") == "created_at":
        try:
            expires_after_type_0 = RealtimeSessionCreateRequestClientSecretExpiresAfter.from_dict(data)

            return expires_after_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | RealtimeSessionCreateRequestClientSecretExpiresAfter | Unset, data)

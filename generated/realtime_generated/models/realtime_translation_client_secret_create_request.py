from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from ..models.realtime_translation_session_create_request import RealtimeTranslationSessionCreateRequest


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,  # noqa: PLC0415
    )
    from ..models.realtime_translation_session_create_request import RealtimeTranslationSessionCreateRequest  # noqa: PLC0415

    globals().update(
        {
            "RealtimeTranslationClientSecretCreateRequestExpiresAfter": RealtimeTranslationClientSecretCreateRequestExpiresAfter,
            "RealtimeTranslationSessionCreateRequest": RealtimeTranslationSessionCreateRequest,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateRequest")


@_attrs_define
class RealtimeTranslationClientSecretCreateRequest:
    """Create a translation session and client secret for the Realtime API.

    Attributes:
        session (RealtimeTranslationSessionCreateRequest): Realtime translation session configuration. Translation
            sessions stream source
            audio in and translated audio plus transcript deltas out continuously.
        expires_after (None | RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset): Configuration for the
            client secret expiration. Expiration refers to the time after which
            a client secret will no longer be valid for creating sessions. The session itself may
            continue after that time once started. A secret can be used to create multiple sessions
            until it expires.
    """

    session: RealtimeTranslationSessionCreateRequest
    expires_after: None | RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        session = self.session.to_dict()

        expires_after: dict[str, Any] | None | Unset
        if isinstance(self.expires_after, Unset):
            expires_after = UNSET
        elif isinstance(self.expires_after, RealtimeTranslationClientSecretCreateRequestExpiresAfter):
            expires_after = self.expires_after.to_dict()
        else:
            expires_after = self.expires_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        session = RealtimeTranslationSessionCreateRequest.from_dict(d.pop("session"))

        expires_after = _parse_expires_after(d.pop("expires_after", UNSET))

        realtime_translation_client_secret_create_request = cls(
            session=session,
            expires_after=expires_after,
        )

        realtime_translation_client_secret_create_request.additional_properties = d
        return realtime_translation_client_secret_create_request

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


def _parse_expires_after(data: object) -> None | RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        expires_after_type_0 = RealtimeTranslationClientSecretCreateRequestExpiresAfter.from_dict(data)

        return expires_after_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.realtime_translation_session import RealtimeTranslationSession


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_translation_session import RealtimeTranslationSession  # noqa: PLC0415

    globals().update(
        {
            "RealtimeTranslationSession": RealtimeTranslationSession,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateResponse")


@_attrs_define
class RealtimeTranslationClientSecretCreateResponse:
    """Response from creating a translation session and client secret for the Realtime API.

    Attributes:
        value (str): The generated client secret value.
        expires_at (int): Expiration timestamp for the client secret, in seconds since epoch.
        session (RealtimeTranslationSession): A Realtime translation session. Translation sessions continuously
            translate input
            audio into the configured output language.
    """

    value: str = _attrs_field(repr=False)
    expires_at: int
    session: RealtimeTranslationSession
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        value = self.value

        expires_at = self.expires_at

        session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "expires_at": expires_at,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        value = d.pop("value")

        expires_at = d.pop("expires_at")

        session = RealtimeTranslationSession.from_dict(d.pop("session"))

        realtime_translation_client_secret_create_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )

        realtime_translation_client_secret_create_response.additional_properties = d
        return realtime_translation_client_secret_create_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
    from ..models.realtime_transcription_session_create_response_ga import RealtimeTranscriptionSessionCreateResponseGA
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_session_create_response_ga import RealtimeSessionCreateResponseGA  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_response_ga import RealtimeTranscriptionSessionCreateResponseGA  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "RealtimeSessionCreateResponseGA": RealtimeSessionCreateResponseGA,
            "RealtimeTranscriptionSessionCreateResponseGA": RealtimeTranscriptionSessionCreateResponseGA,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeCreateClientSecretResponse")


@_attrs_define
class RealtimeCreateClientSecretResponse:
    """Response from creating a session and client secret for the Realtime API.

    Attributes:
        value (str): The generated client secret value.
        expires_at (int): Expiration timestamp for the client secret, in seconds since epoch.
        session (RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA |
            RealtimeUnknownVariant): The session configuration for either a realtime or transcription session.
    """

    value: str = _attrs_field(repr=False)
    expires_at: int
    session: RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA | RealtimeUnknownVariant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        value = self.value

        expires_at = self.expires_at

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateResponseGA):
            session = self.session.to_dict()
        elif isinstance(self.session, RealtimeTranscriptionSessionCreateResponseGA):
            session = self.session.to_dict()
        else:
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

        session = _parse_session(d.pop("session"))

        realtime_create_client_secret_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )

        realtime_create_client_secret_response.additional_properties = d
        return realtime_create_client_secret_response

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


def _parse_session(
    data: object,
) -> RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "realtime" and data.get("object") == "realtime.session":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        session_type_0 = RealtimeSessionCreateResponseGA.from_dict(data)

        return session_type_0
    if isinstance(data, dict) and data.get("type") == "transcription":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        session_type_1 = RealtimeTranscriptionSessionCreateResponseGA.from_dict(data)

        return session_type_1
    if not isinstance(data, dict):
        raise TypeError()
    session_type_2 = RealtimeUnknownVariant.from_dict(data)

    return session_type_2

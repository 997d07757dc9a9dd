from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from ..models.realtime_transcription_session_create_request_ga import RealtimeTranscriptionSessionCreateRequestGA


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_request_ga import RealtimeTranscriptionSessionCreateRequestGA  # noqa: PLC0415

    globals().update(
        {
            "RealtimeCreateClientSecretRequestExpiresAfter": RealtimeCreateClientSecretRequestExpiresAfter,
            "RealtimeSessionCreateRequestGA": RealtimeSessionCreateRequestGA,
            "RealtimeTranscriptionSessionCreateRequestGA": RealtimeTranscriptionSessionCreateRequestGA,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeCreateClientSecretRequest")


@_attrs_define
class RealtimeCreateClientSecretRequest:
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime).

        Attributes:
            expires_after (None | RealtimeCreateClientSecretRequestExpiresAfter | Unset): Configuration for the client
                secret expiration. Expiration refers to the time after which
                a client secret will no longer be valid for creating sessions. The session itself may
                continue after that time once started. A secret can be used to create multiple sessions
                until it expires.
            session (None | RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset): Session
                configuration to use for the client secret. Choose either a realtime
                session or a transcription session.
    """

    expires_after: None | RealtimeCreateClientSecretRequestExpiresAfter | Unset = UNSET
    session: None | RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        expires_after: dict[str, Any] | None | Unset
        if isinstance(self.expires_after, Unset):
            expires_after = UNSET
        elif isinstance(self.expires_after, RealtimeCreateClientSecretRequestExpiresAfter):
            expires_after = self.expires_after.to_dict()
        else:
            expires_after = self.expires_after

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, RealtimeSessionCreateRequestGA):
            session = self.session.to_dict()
        elif isinstance(self.session, RealtimeTranscriptionSessionCreateRequestGA):
            session = self.session.to_dict()
        else:
            session = self.session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        expires_after = _parse_expires_after(d.pop("expires_after", UNSET))

        session = _parse_session(d.pop("session", UNSET))

        realtime_create_client_secret_request = cls(
            expires_after=expires_after,
            session=session,
        )

        realtime_create_client_secret_request.additional_properties = d
        return realtime_create_client_secret_request

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


def _parse_expires_after(data: object) -> None | RealtimeCreateClientSecretRequestExpiresAfter | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        expires_after_type_0 = RealtimeCreateClientSecretRequestExpiresAfter.from_dict(data)

        return expires_after_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeCreateClientSecretRequestExpiresAfter | Unset, data)


def _parse_session(
    data: object,
) -> None | RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "realtime":
        try:
            session_type_0 = RealtimeSessionCreateRequestGA.from_dict(data)

            return session_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "transcription":
        try:
            session_type_1 = RealtimeTranscriptionSessionCreateRequestGA.from_dict(data)

            return session_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset, data)

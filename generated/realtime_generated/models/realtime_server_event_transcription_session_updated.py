from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_transcription_session_updated_type import (
    RealtimeServerEventTranscriptionSessionUpdatedType,
)

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse  # noqa: PLC0415

    globals().update(
        {
            "RealtimeTranscriptionSessionCreateResponse": RealtimeTranscriptionSessionCreateResponse,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeServerEventTranscriptionSessionUpdated")


@_attrs_define
class RealtimeServerEventTranscriptionSessionUpdated:
    """Returned when a transcription session is updated with a `transcription_session.update` event, unless
    there is an error.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventTranscriptionSessionUpdatedType): The event type, must be
                `transcription_session.updated`.
            session (RealtimeTranscriptionSessionCreateResponse): A new Realtime transcription session configuration.

                When a session is created on the server via REST API, the session object
                also contains an ephemeral key. Default TTL for keys is 10 minutes. This
                property is not present when a session is updated via the WebSocket API.
    """

    event_id: str
    type_: RealtimeServerEventTranscriptionSessionUpdatedType | Literal["transcription_session.updated"]
    session: RealtimeTranscriptionSessionCreateResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventTranscriptionSessionUpdatedType(d.pop("type"))

        session = RealtimeTranscriptionSessionCreateResponse.from_dict(d.pop("session"))

        realtime_server_event_transcription_session_updated = cls(
            event_id=event_id,
            type_=type_,
            session=session,
        )

        realtime_server_event_transcription_session_updated.additional_properties = d
        return realtime_server_event_transcription_session_updated

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

    type: ClassVar[Literal["transcription_session.updated"]] = "transcription_session.updated"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

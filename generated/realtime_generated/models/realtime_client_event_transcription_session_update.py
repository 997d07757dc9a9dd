from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_client_event_transcription_session_update_type import (
    RealtimeClientEventTranscriptionSessionUpdateType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_request import RealtimeTranscriptionSessionCreateRequest


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_transcription_session_create_request import RealtimeTranscriptionSessionCreateRequest  # noqa: PLC0415

    globals().update(
        {
            "RealtimeTranscriptionSessionCreateRequest": RealtimeTranscriptionSessionCreateRequest,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeClientEventTranscriptionSessionUpdate")


@_attrs_define
class RealtimeClientEventTranscriptionSessionUpdate:
    """Send this event to update a transcription session.

    Attributes:
        type_ (RealtimeClientEventTranscriptionSessionUpdateType): The event type, must be
            `transcription_session.update`.
        session (RealtimeTranscriptionSessionCreateRequest): Realtime transcription session object configuration.
        event_id (None | str | Unset): Optional client-generated ID used to identify this event.
    """

    type_: RealtimeClientEventTranscriptionSessionUpdateType | Literal["transcription_session.update"]
    session: RealtimeTranscriptionSessionCreateRequest
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        session = self.session.to_dict()

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "session": session,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeClientEventTranscriptionSessionUpdateType(d.pop("type"))

        session = RealtimeTranscriptionSessionCreateRequest.from_dict(d.pop("session"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        realtime_client_event_transcription_session_update = cls(
            type_=type_,
            session=session,
            event_id=event_id,
        )

        realtime_client_event_transcription_session_update.additional_properties = d
        return realtime_client_event_transcription_session_update

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

    type: ClassVar[Literal["transcription_session.update"]] = "transcription_session.update"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

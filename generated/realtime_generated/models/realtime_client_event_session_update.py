from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_client_event_session_update_type import RealtimeClientEventSessionUpdateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from ..models.realtime_transcription_session_create_request_ga import RealtimeTranscriptionSessionCreateRequestGA


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_request_ga import RealtimeTranscriptionSessionCreateRequestGA  # noqa: PLC0415

    globals().update(
        {
            "RealtimeSessionCreateRequestGA": RealtimeSessionCreateRequestGA,
            "RealtimeTranscriptionSessionCreateRequestGA": RealtimeTranscriptionSessionCreateRequestGA,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeClientEventSessionUpdate")


@_attrs_define
class RealtimeClientEventSessionUpdate:
    """Send this event to update the session’s configuration.
    The client may send this event at any time to update any field
    except for `voice` and `model`. `voice` can be updated only if there have been no other audio outputs yet.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present in the `session.update` are updated. To clear a field like
    `instructions`, pass an empty string. To clear a field like `tools`, pass an empty array.
    To clear a field like `turn_detection`, pass `null`.

        Attributes:
            type_ (RealtimeClientEventSessionUpdateType): The event type, must be `session.update`.
            session (RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA): Update the Realtime
                session. Choose either a realtime
                session or a transcription session.
            event_id (None | str | Unset): Optional client-generated ID used to identify this event. This is an arbitrary
                string that a client may assign. It will be passed back if there is an error with the event, but the
                corresponding `session.updated` event will not include it.
    """

    type_: RealtimeClientEventSessionUpdateType | Literal["session.update"]
    session: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateRequestGA):
            session = self.session.to_dict()
        else:
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
        type_ = RealtimeClientEventSessionUpdateType(d.pop("type"))

        session = _parse_session(d.pop("session"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        realtime_client_event_session_update = cls(
            type_=type_,
            session=session,
            event_id=event_id,
        )

        realtime_client_event_session_update.additional_properties = d
        return realtime_client_event_session_update

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

    type: ClassVar[Literal["session.update"]] = "session.update"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_session(data: object) -> RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA:
    if isinstance(data, dict) and data.get("type") == "realtime":
        try:
            session_type_0 = RealtimeSessionCreateRequestGA.from_dict(data)

            return session_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    session_type_1 = RealtimeTranscriptionSessionCreateRequestGA.from_dict(data)

    return session_type_1


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "event_id": {"maxLength": 512},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""

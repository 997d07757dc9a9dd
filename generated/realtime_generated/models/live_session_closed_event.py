from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_session_closed_event_reason import LiveSessionClosedEventReason
from ..models.live_session_closed_event_type import LiveSessionClosedEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_session_resource import LiveSessionResource
    from ..models.live_session_usage import LiveSessionUsage


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_session_resource import LiveSessionResource  # noqa: PLC0415
    from ..models.live_session_usage import LiveSessionUsage  # noqa: PLC0415

    globals().update(
        {
            "LiveSessionResource": LiveSessionResource,
            "LiveSessionUsage": LiveSessionUsage,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionClosedEvent")


@_attrs_define
class LiveSessionClosedEvent:
    """Returned after the Live session finishes finalizing, with the close reason, final session snapshot, and cumulative
    audio usage. A connection closing without this event does not confirm successful finalization.

        Attributes:
            event_id (str):
            reason (LiveSessionClosedEventReason):
            session (LiveSessionResource): The resolved Live session configuration and server-assigned session metadata.
            type_ (LiveSessionClosedEventType):
            usage (LiveSessionUsage): Cumulative billable duration for a Live session.

                Eligible WebRTC sessions also report the active and paused breakdown. Do not sum values across usage events.
            client_event_id (None | str | Unset):
    """

    event_id: str
    reason: LiveSessionClosedEventReason
    session: LiveSessionResource
    type_: LiveSessionClosedEventType | Literal["session.closed"]
    usage: LiveSessionUsage
    client_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        reason = str(self.reason)

        session = self.session.to_dict()

        type_ = str(self.type_)

        usage = self.usage.to_dict()

        client_event_id: None | str | Unset
        if isinstance(self.client_event_id, Unset):
            client_event_id = UNSET
        else:
            client_event_id = self.client_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "reason": reason,
                "session": session,
                "type": type_,
                "usage": usage,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        reason = LiveSessionClosedEventReason(d.pop("reason"))

        session = LiveSessionResource.from_dict(d.pop("session"))

        type_ = LiveSessionClosedEventType(d.pop("type"))

        usage = LiveSessionUsage.from_dict(d.pop("usage"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        live_session_closed_event = cls(
            event_id=event_id,
            reason=reason,
            session=session,
            type_=type_,
            usage=usage,
            client_event_id=client_event_id,
        )

        live_session_closed_event.additional_properties = d
        return live_session_closed_event

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

    type: ClassVar[Literal["session.closed"]] = "session.closed"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

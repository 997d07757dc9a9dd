from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_event_type import LiveResponseEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_response_event_event import LiveResponseEventEvent


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_event_event import LiveResponseEventEvent  # noqa: PLC0415

    globals().update(
        {
            "LiveResponseEventEvent": LiveResponseEventEvent,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseEvent")


@_attrs_define
class LiveResponseEvent:
    """A streaming Responses API event from a backend delegated to by the Live session.

    Use the outer delegation_id to associate the nested stream with its Live delegation.

        Attributes:
            event (LiveResponseEventEvent):
            event_id (str):
            type_ (LiveResponseEventType):
            client_event_id (None | str | Unset):
            delegation_id (None | str | Unset):
    """

    event: LiveResponseEventEvent
    event_id: str
    type_: LiveResponseEventType | Literal["response.event"]
    client_event_id: None | str | Unset = UNSET
    delegation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.to_dict()

        event_id = self.event_id

        type_ = str(self.type_)

        client_event_id: None | str | Unset
        if isinstance(self.client_event_id, Unset):
            client_event_id = UNSET
        else:
            client_event_id = self.client_event_id

        delegation_id: None | str | Unset
        if isinstance(self.delegation_id, Unset):
            delegation_id = UNSET
        else:
            delegation_id = self.delegation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "event_id": event_id,
                "type": type_,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id
        if delegation_id is not UNSET:
            field_dict["delegation_id"] = delegation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event = LiveResponseEventEvent.from_dict(d.pop("event"))

        event_id = d.pop("event_id")

        type_ = LiveResponseEventType(d.pop("type"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        delegation_id = _parse_delegation_id(d.pop("delegation_id", UNSET))

        live_response_event = cls(
            event=event,
            event_id=event_id,
            type_=type_,
            client_event_id=client_event_id,
            delegation_id=delegation_id,
        )

        live_response_event.additional_properties = d
        return live_response_event

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

    type: ClassVar[Literal["response.event"]] = "response.event"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_delegation_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

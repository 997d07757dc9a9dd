from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_event_source_event_type import LiveDecisionEventSourceEventType
from ..models.live_decision_event_type import LiveDecisionEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_event import LiveEvent
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_event import LiveEvent  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveEvent": LiveEvent,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionEvent")


@_attrs_define
class LiveDecisionEvent:
    """A Decision API event for a Live delegation or transcript trigger.

    For a trigger, source_event_id identifies the transcript delta that caused this evaluation.

        Attributes:
            event (LiveEvent | RealtimeUnknownVariant):
            event_id (str):
            type_ (LiveDecisionEventType):
            delegation_id (None | str | Unset):
            source_event_id (None | str | Unset):
            source_event_type (LiveDecisionEventSourceEventType | None | Unset):
            trigger_id (None | str | Unset):
    """

    event: LiveEvent | RealtimeUnknownVariant
    event_id: str
    type_: LiveDecisionEventType | Literal["decision.event"]
    delegation_id: None | str | Unset = UNSET
    source_event_id: None | str | Unset = UNSET
    source_event_type: LiveDecisionEventSourceEventType | None | Unset = UNSET
    trigger_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event: dict[str, Any]
        if isinstance(self.event, LiveEvent):
            event = self.event.to_dict()
        else:
            event = self.event.to_dict()

        event_id = self.event_id

        type_ = str(self.type_)

        delegation_id: None | str | Unset
        if isinstance(self.delegation_id, Unset):
            delegation_id = UNSET
        else:
            delegation_id = self.delegation_id

        source_event_id: None | str | Unset
        if isinstance(self.source_event_id, Unset):
            source_event_id = UNSET
        else:
            source_event_id = self.source_event_id

        source_event_type: None | str | Unset
        if isinstance(self.source_event_type, Unset):
            source_event_type = UNSET
        elif isinstance(self.source_event_type, LiveDecisionEventSourceEventType):
            source_event_type = str(self.source_event_type)
        else:
            source_event_type = self.source_event_type

        trigger_id: None | str | Unset
        if isinstance(self.trigger_id, Unset):
            trigger_id = UNSET
        else:
            trigger_id = self.trigger_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "event_id": event_id,
                "type": type_,
            }
        )
        if delegation_id is not UNSET:
            field_dict["delegation_id"] = delegation_id
        if source_event_id is not UNSET:
            field_dict["source_event_id"] = source_event_id
        if source_event_type is not UNSET:
            field_dict["source_event_type"] = source_event_type
        if trigger_id is not UNSET:
            field_dict["trigger_id"] = trigger_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event = _parse_event(d.pop("event"))

        event_id = d.pop("event_id")

        type_ = LiveDecisionEventType(d.pop("type"))

        delegation_id = _parse_delegation_id(d.pop("delegation_id", UNSET))

        source_event_id = _parse_source_event_id(d.pop("source_event_id", UNSET))

        source_event_type = _parse_source_event_type(d.pop("source_event_type", UNSET))

        trigger_id = _parse_trigger_id(d.pop("trigger_id", UNSET))

        live_decision_event = cls(
            event=event,
            event_id=event_id,
            type_=type_,
            delegation_id=delegation_id,
            source_event_id=source_event_id,
            source_event_type=source_event_type,
            trigger_id=trigger_id,
        )

        live_decision_event.additional_properties = d
        return live_decision_event

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

    type: ClassVar[Literal["decision.event"]] = "decision.event"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event(data: object) -> LiveEvent | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "decision.completed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        event_type_0 = LiveEvent.from_dict(data)

        return event_type_0
    if not isinstance(data, dict):
        raise TypeError()
    event_type_1 = RealtimeUnknownVariant.from_dict(data)

    return event_type_1


def _parse_delegation_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_source_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_source_event_type(data: object) -> LiveDecisionEventSourceEventType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        source_event_type_type_0 = LiveDecisionEventSourceEventType(data)

        return source_event_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveDecisionEventSourceEventType | None | Unset, data)


def _parse_trigger_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_create_event_type import LiveDecisionCreateEventType

T = TypeVar("T", bound="LiveDecisionCreateEvent")


@_attrs_define
class LiveDecisionCreateEvent:
    """Evaluate the configured questions using the current conversation and Decision inputs. Reusing an event_id is
    rejected for the lifetime of the session.

        Attributes:
            event_id (str):
            type_ (LiveDecisionCreateEventType):
    """

    event_id: str
    type_: LiveDecisionCreateEventType | Literal["decision.create"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = LiveDecisionCreateEventType(d.pop("type"))

        live_decision_create_event = cls(
            event_id=event_id,
            type_=type_,
        )

        live_decision_create_event.additional_properties = d
        return live_decision_create_event

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

    type: ClassVar[Literal["decision.create"]] = "decision.create"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_item_delete_event_type import LiveDecisionItemDeleteEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveDecisionItemDeleteEvent")


@_attrs_define
class LiveDecisionItemDeleteEvent:
    """Delete an input item from future decisions without starting an evaluation or changing Live voice context.

    Attributes:
        item_id (str):
        type_ (LiveDecisionItemDeleteEventType):
        event_id (None | str | Unset):
    """

    item_id: str
    type_: LiveDecisionItemDeleteEventType | Literal["decision.item.delete"]
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        type_ = str(self.type_)

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        type_ = LiveDecisionItemDeleteEventType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_decision_item_delete_event = cls(
            item_id=item_id,
            type_=type_,
            event_id=event_id,
        )

        live_decision_item_delete_event.additional_properties = d
        return live_decision_item_delete_event

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

    type: ClassVar[Literal["decision.item.delete"]] = "decision.item.delete"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

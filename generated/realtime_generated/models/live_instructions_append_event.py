from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_instructions_append_event_type import LiveInstructionsAppendEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveInstructionsAppendEvent")


@_attrs_define
class LiveInstructionsAppendEvent:
    """Append developer instructions to the Live conversation while it is running, optionally associating them with an
    existing client delegation. Rejected while an audio fixture is active. These instructions remain in conversation
    history through compaction and are included in future backend delegations. For external audio, describe content
    already delivered so the assistant does not repeat it.

        Attributes:
            content (str):
            type_ (LiveInstructionsAppendEventType):
            delegation_id (None | str | Unset):
            event_id (None | str | Unset):
    """

    content: str
    type_: LiveInstructionsAppendEventType | Literal["session.instructions.append"]
    delegation_id: None | str | Unset = UNSET
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = str(self.type_)

        delegation_id: None | str | Unset
        if isinstance(self.delegation_id, Unset):
            delegation_id = UNSET
        else:
            delegation_id = self.delegation_id

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
            }
        )
        if delegation_id is not UNSET:
            field_dict["delegation_id"] = delegation_id
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        type_ = LiveInstructionsAppendEventType(d.pop("type"))

        delegation_id = _parse_delegation_id(d.pop("delegation_id", UNSET))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_instructions_append_event = cls(
            content=content,
            type_=type_,
            delegation_id=delegation_id,
            event_id=event_id,
        )

        live_instructions_append_event.additional_properties = d
        return live_instructions_append_event

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

    type: ClassVar[Literal["session.instructions.append"]] = "session.instructions.append"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_delegation_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

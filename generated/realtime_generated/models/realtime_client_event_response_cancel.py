from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_client_event_response_cancel_type import RealtimeClientEventResponseCancelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventResponseCancel")


@_attrs_define
class RealtimeClientEventResponseCancel:
    """Send this event to cancel an in-progress response. The server will respond
    with a `response.done` event with a status of `response.status=cancelled`. If
    there is no response to cancel, the server will respond with an error. It's safe
    to call `response.cancel` even if no response is in progress, an error will be
    returned the session will remain unaffected.

        Attributes:
            type_ (RealtimeClientEventResponseCancelType): The event type, must be `response.cancel`.
            event_id (None | str | Unset): Optional client-generated ID used to identify this event.
            response_id (None | str | Unset): A specific response ID to cancel - if not provided, will cancel an
                in-progress response in the default conversation.
    """

    type_: RealtimeClientEventResponseCancelType | Literal["response.cancel"]
    event_id: None | str | Unset = UNSET
    response_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        response_id: None | str | Unset
        if isinstance(self.response_id, Unset):
            response_id = UNSET
        else:
            response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if response_id is not UNSET:
            field_dict["response_id"] = response_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RealtimeClientEventResponseCancelType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        response_id = _parse_response_id(d.pop("response_id", UNSET))

        realtime_client_event_response_cancel = cls(
            type_=type_,
            event_id=event_id,
            response_id=response_id,
        )

        realtime_client_event_response_cancel.additional_properties = d
        return realtime_client_event_response_cancel

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

    type: ClassVar[Literal["response.cancel"]] = "response.cancel"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_response_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "event_id": {"maxLength": 512},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""

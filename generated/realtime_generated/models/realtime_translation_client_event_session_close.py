from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_client_event_session_close_type import RealtimeTranslationClientEventSessionCloseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationClientEventSessionClose")


@_attrs_define
class RealtimeTranslationClientEventSessionClose:
    """Gracefully close the realtime translation session. The server flushes pending
    input audio and emits any remaining translated output before closing the
    session.

        Attributes:
            type_ (RealtimeTranslationClientEventSessionCloseType): The event type, must be `session.close`.
            event_id (None | str | Unset): Optional client-generated ID used to identify this event.
    """

    type_: RealtimeTranslationClientEventSessionCloseType | Literal["session.close"]
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RealtimeTranslationClientEventSessionCloseType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        realtime_translation_client_event_session_close = cls(
            type_=type_,
            event_id=event_id,
        )

        realtime_translation_client_event_session_close.additional_properties = d
        return realtime_translation_client_event_session_close

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

    type: ClassVar[Literal["session.close"]] = "session.close"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


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

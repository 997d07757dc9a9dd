from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_input_audio_buffer_cleared_type import (
    RealtimeBetaServerEventInputAudioBufferClearedType,
)

T = TypeVar("T", bound="RealtimeBetaServerEventInputAudioBufferCleared")


@_attrs_define
class RealtimeBetaServerEventInputAudioBufferCleared:
    """Returned when the input audio buffer is cleared by the client with a
    `input_audio_buffer.clear` event.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeBetaServerEventInputAudioBufferClearedType): The event type, must be
                `input_audio_buffer.cleared`.
    """

    event_id: str
    type_: RealtimeBetaServerEventInputAudioBufferClearedType | Literal["input_audio_buffer.cleared"]
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

        type_ = RealtimeBetaServerEventInputAudioBufferClearedType(d.pop("type"))

        realtime_beta_server_event_input_audio_buffer_cleared = cls(
            event_id=event_id,
            type_=type_,
        )

        realtime_beta_server_event_input_audio_buffer_cleared.additional_properties = d
        return realtime_beta_server_event_input_audio_buffer_cleared

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

    type: ClassVar[Literal["input_audio_buffer.cleared"]] = "input_audio_buffer.cleared"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_input_audio_buffer_dtmf_event_received_type import (
    RealtimeServerEventInputAudioBufferDtmfEventReceivedType,
)

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferDtmfEventReceived")


@_attrs_define
class RealtimeServerEventInputAudioBufferDtmfEventReceived:
    """**SIP Only:** Returned when an DTMF event is received. A DTMF event is a message that
    represents a telephone keypad press (0–9, *, #, A–D). The `event` property
    is the keypad that the user press. The `received_at` is the UTC Unix Timestamp
    that the server received the event.

        Attributes:
            type_ (RealtimeServerEventInputAudioBufferDtmfEventReceivedType): The event type, must be
                `input_audio_buffer.dtmf_event_received`.
            event (str): The telephone keypad that was pressed by the user.
            received_at (int): UTC Unix Timestamp when DTMF Event was received by server.
    """

    type_: RealtimeServerEventInputAudioBufferDtmfEventReceivedType | Literal["input_audio_buffer.dtmf_event_received"]
    event: str
    received_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        event = self.event

        received_at = self.received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "received_at": received_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RealtimeServerEventInputAudioBufferDtmfEventReceivedType(d.pop("type"))

        event = d.pop("event")

        received_at = d.pop("received_at")

        realtime_server_event_input_audio_buffer_dtmf_event_received = cls(
            type_=type_,
            event=event,
            received_at=received_at,
        )

        realtime_server_event_input_audio_buffer_dtmf_event_received.additional_properties = d
        return realtime_server_event_input_audio_buffer_dtmf_event_received

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

    type: ClassVar[Literal["input_audio_buffer.dtmf_event_received"]] = "input_audio_buffer.dtmf_event_received"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

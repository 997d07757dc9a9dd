from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_input_audio_append_event_type import LiveInputAudioAppendEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveInputAudioAppendEvent")


@_attrs_define
class LiveInputAudioAppendEvent:
    """Send audio to a Live session over its primary WebSocket.

    WebRTC and SIP sessions send audio over their media transport.

        Attributes:
            audio (str):
            type_ (LiveInputAudioAppendEventType):
            event_id (None | str | Unset):
    """

    audio: str
    type_: LiveInputAudioAppendEventType | Literal["session.input_audio.append"]
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

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
                "audio": audio,
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = d.pop("audio")

        type_ = LiveInputAudioAppendEventType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_input_audio_append_event = cls(
            audio=audio,
            type_=type_,
            event_id=event_id,
        )

        live_input_audio_append_event.additional_properties = d
        return live_input_audio_append_event

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

    type: ClassVar[Literal["session.input_audio.append"]] = "session.input_audio.append"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_client_event_input_audio_buffer_append_type import RealtimeClientEventInputAudioBufferAppendType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventInputAudioBufferAppend")


@_attrs_define
class RealtimeClientEventInputAudioBufferAppend:
    """Send this event to append audio bytes to the input audio buffer. The audio
    buffer is temporary storage you can write to and later commit. A "commit" will create a new
    user message item in the conversation history from the buffer content and clear the buffer.
    Input audio transcription (if enabled) will be generated when the buffer is committed.

    If VAD is enabled the audio buffer is used to detect speech and the server will decide
    when to commit. When Server VAD is disabled, you must commit the audio buffer
    manually. Input audio noise reduction operates on writes to the audio buffer.

    The client may choose how much audio to place in each event up to a maximum
    of 15 MiB, for example streaming smaller chunks from the client may allow the
    VAD to be more responsive. Unlike most other client events, the server will
    not send a confirmation response to this event.

        Attributes:
            type_ (RealtimeClientEventInputAudioBufferAppendType): The event type, must be `input_audio_buffer.append`.
            audio (str): Base64-encoded audio bytes. This must be in the format specified by the
                `input_audio_format` field in the session configuration.
            event_id (None | str | Unset): Optional client-generated ID used to identify this event.
    """

    type_: RealtimeClientEventInputAudioBufferAppendType | Literal["input_audio_buffer.append"]
    audio: str
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        audio = self.audio

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
                "audio": audio,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RealtimeClientEventInputAudioBufferAppendType(d.pop("type"))

        audio = d.pop("audio")

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        realtime_client_event_input_audio_buffer_append = cls(
            type_=type_,
            audio=audio,
            event_id=event_id,
        )

        realtime_client_event_input_audio_buffer_append.additional_properties = d
        return realtime_client_event_input_audio_buffer_append

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

    type: ClassVar[Literal["input_audio_buffer.append"]] = "input_audio_buffer.append"
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

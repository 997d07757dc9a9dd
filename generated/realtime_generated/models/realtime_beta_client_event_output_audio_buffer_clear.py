from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_client_event_output_audio_buffer_clear_type import (
    RealtimeBetaClientEventOutputAudioBufferClearType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaClientEventOutputAudioBufferClear")


@_attrs_define
class RealtimeBetaClientEventOutputAudioBufferClear:
    """**WebRTC/SIP Only:** Emit to cut off the current audio response. This will trigger the server to
    stop generating audio and emit a `output_audio_buffer.cleared` event. This
    event should be preceded by a `response.cancel` client event to stop the
    generation of the current response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).

        Attributes:
            type_ (RealtimeBetaClientEventOutputAudioBufferClearType): The event type, must be `output_audio_buffer.clear`.
            event_id (None | str | Unset): The unique ID of the client event used for error handling.
    """

    type_: RealtimeBetaClientEventOutputAudioBufferClearType | Literal["output_audio_buffer.clear"]
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
        type_ = RealtimeBetaClientEventOutputAudioBufferClearType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        realtime_beta_client_event_output_audio_buffer_clear = cls(
            type_=type_,
            event_id=event_id,
        )

        realtime_beta_client_event_output_audio_buffer_clear.additional_properties = d
        return realtime_beta_client_event_output_audio_buffer_clear

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

    type: ClassVar[Literal["output_audio_buffer.clear"]] = "output_audio_buffer.clear"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

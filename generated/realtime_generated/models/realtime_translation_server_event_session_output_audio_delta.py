from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_server_event_session_output_audio_delta_format import (
    RealtimeTranslationServerEventSessionOutputAudioDeltaFormat,
)
from ..models.realtime_translation_server_event_session_output_audio_delta_type import (
    RealtimeTranslationServerEventSessionOutputAudioDeltaType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionOutputAudioDelta")


@_attrs_define
class RealtimeTranslationServerEventSessionOutputAudioDelta:
    """Returned when translated output audio is available. The `delta` contains a
    PCM16 audio chunk whose length can vary. Clients should decode and queue the
    complete delta instead of assuming a fixed byte or sample count.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeTranslationServerEventSessionOutputAudioDeltaType): The event type, must be
                `session.output_audio.delta`.
            delta (str): Base64-encoded translated audio data.
            sample_rate (int | None | Unset): Sample rate of the audio delta.

                Server default: 24000.
            channels (int | None | Unset): Number of audio channels.

                Server default: 1.
            format_ (None | RealtimeTranslationServerEventSessionOutputAudioDeltaFormat | Unset): Audio encoding for
                `delta`.
            elapsed_ms (int | None | Unset):
    """

    event_id: str
    type_: RealtimeTranslationServerEventSessionOutputAudioDeltaType | Literal["session.output_audio.delta"]
    delta: str
    sample_rate: int | None | Unset = UNSET
    channels: int | None | Unset = UNSET
    format_: None | RealtimeTranslationServerEventSessionOutputAudioDeltaFormat | Unset = UNSET
    elapsed_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        delta = self.delta

        sample_rate: int | None | Unset
        if isinstance(self.sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = self.sample_rate

        channels: int | None | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        else:
            channels = self.channels

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, RealtimeTranslationServerEventSessionOutputAudioDeltaFormat):
            format_ = str(self.format_)
        else:
            format_ = self.format_

        elapsed_ms: int | None | Unset
        if isinstance(self.elapsed_ms, Unset):
            elapsed_ms = UNSET
        else:
            elapsed_ms = self.elapsed_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "delta": delta,
            }
        )
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if channels is not UNSET:
            field_dict["channels"] = channels
        if format_ is not UNSET:
            field_dict["format"] = format_
        if elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = elapsed_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeTranslationServerEventSessionOutputAudioDeltaType(d.pop("type"))

        delta = d.pop("delta")

        sample_rate = _parse_sample_rate(d.pop("sample_rate", UNSET))

        channels = _parse_channels(d.pop("channels", UNSET))

        format_ = _parse_format_(d.pop("format", UNSET))

        elapsed_ms = _parse_elapsed_ms(d.pop("elapsed_ms", UNSET))

        realtime_translation_server_event_session_output_audio_delta = cls(
            event_id=event_id,
            type_=type_,
            delta=delta,
            sample_rate=sample_rate,
            channels=channels,
            format_=format_,
            elapsed_ms=elapsed_ms,
        )

        realtime_translation_server_event_session_output_audio_delta.additional_properties = d
        return realtime_translation_server_event_session_output_audio_delta

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

    type: ClassVar[Literal["session.output_audio.delta"]] = "session.output_audio.delta"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_sample_rate(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_channels(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_format_(data: object) -> None | RealtimeTranslationServerEventSessionOutputAudioDeltaFormat | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        format_type_0 = RealtimeTranslationServerEventSessionOutputAudioDeltaFormat(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranslationServerEventSessionOutputAudioDeltaFormat | Unset, data)


def _parse_elapsed_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)

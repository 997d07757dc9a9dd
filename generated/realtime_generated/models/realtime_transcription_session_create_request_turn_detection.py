from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_turn_detection_eagerness import (
    RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness,
)
from ..models.realtime_transcription_session_create_request_turn_detection_type import (
    RealtimeTranscriptionSessionCreateRequestTurnDetectionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestTurnDetection")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestTurnDetection:
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the
    start and end of speech based on audio volume and respond at the end of user speech.

        Attributes:
            type_ (None | RealtimeTranscriptionSessionCreateRequestTurnDetectionType | Unset): Type of turn detection. Only
                `server_vad` is currently supported for transcription sessions.
            threshold (float | None | Unset): Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
                higher threshold will require louder audio to activate the model, and
                thus might perform better in noisy environments.
            prefix_padding_ms (int | None | Unset): Amount of audio to include before the VAD detected speech (in
                milliseconds). Defaults to 300ms.
            silence_duration_ms (int | None | Unset): Duration of silence to detect speech stop (in milliseconds). Defaults
                to 500ms. With shorter values the model will respond more quickly,
                but may jump in on short pauses from the user.
            create_response (bool | None | Unset): Whether a response is created when a VAD stop event occurs.
            interrupt_response (bool | None | Unset): Whether an ongoing response is interrupted when a VAD start event
                occurs.
            eagerness (None | RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness | Unset): Used only for
                `semantic_vad` mode: how eagerly the model responds.
    """

    type_: None | RealtimeTranscriptionSessionCreateRequestTurnDetectionType | Unset = UNSET
    threshold: float | None | Unset = UNSET
    prefix_padding_ms: int | None | Unset = UNSET
    silence_duration_ms: int | None | Unset = UNSET
    create_response: bool | None | Unset = UNSET
    interrupt_response: bool | None | Unset = UNSET
    eagerness: None | RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeTranscriptionSessionCreateRequestTurnDetectionType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        threshold: float | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        prefix_padding_ms: int | None | Unset
        if isinstance(self.prefix_padding_ms, Unset):
            prefix_padding_ms = UNSET
        else:
            prefix_padding_ms = self.prefix_padding_ms

        silence_duration_ms: int | None | Unset
        if isinstance(self.silence_duration_ms, Unset):
            silence_duration_ms = UNSET
        else:
            silence_duration_ms = self.silence_duration_ms

        create_response: bool | None | Unset
        if isinstance(self.create_response, Unset):
            create_response = UNSET
        else:
            create_response = self.create_response

        interrupt_response: bool | None | Unset
        if isinstance(self.interrupt_response, Unset):
            interrupt_response = UNSET
        else:
            interrupt_response = self.interrupt_response

        eagerness: None | str | Unset
        if isinstance(self.eagerness, Unset):
            eagerness = UNSET
        elif isinstance(self.eagerness, RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness):
            eagerness = str(self.eagerness)
        else:
            eagerness = self.eagerness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response
        if eagerness is not UNSET:
            field_dict["eagerness"] = eagerness

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type", UNSET))

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        prefix_padding_ms = _parse_prefix_padding_ms(d.pop("prefix_padding_ms", UNSET))

        silence_duration_ms = _parse_silence_duration_ms(d.pop("silence_duration_ms", UNSET))

        create_response = _parse_create_response(d.pop("create_response", UNSET))

        interrupt_response = _parse_interrupt_response(d.pop("interrupt_response", UNSET))

        eagerness = _parse_eagerness(d.pop("eagerness", UNSET))

        realtime_transcription_session_create_request_turn_detection = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            create_response=create_response,
            interrupt_response=interrupt_response,
            eagerness=eagerness,
        )

        realtime_transcription_session_create_request_turn_detection.additional_properties = d
        return realtime_transcription_session_create_request_turn_detection

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


def _parse_type_(data: object) -> None | RealtimeTranscriptionSessionCreateRequestTurnDetectionType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeTranscriptionSessionCreateRequestTurnDetectionType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateRequestTurnDetectionType | Unset, data)


def _parse_threshold(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_prefix_padding_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_silence_duration_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_create_response(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_interrupt_response(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_eagerness(data: object) -> None | RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        eagerness_type_0 = RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness(data)

        return eagerness_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTurnDetectionServerVAD")


@_attrs_define
class RealtimeTurnDetectionServerVAD:
    """Server-side voice activity detection (VAD) which flips on when user speech is detected and off after a period of
    silence.

        Attributes:
            type_ (Literal['server_vad']): Type of turn detection, `server_vad` to turn on simple Server VAD.
                 Default: 'server_vad'.
            threshold (float | None | Unset): Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0),
                this defaults to 0.5. A
                higher threshold will require louder audio to activate the model, and
                thus might perform better in noisy environments.
            prefix_padding_ms (int | None | Unset): Used only for `server_vad` mode. Amount of audio to include before the
                VAD detected speech (in
                milliseconds). Defaults to 300ms.
            silence_duration_ms (int | None | Unset): Used only for `server_vad` mode. Duration of silence to detect speech
                stop (in milliseconds). Defaults
                to 500ms. With shorter values the model will respond more quickly,
                but may jump in on short pauses from the user.
            create_response (bool | None | Unset): Whether or not to automatically generate a response when a VAD stop event
                occurs. If `interrupt_response` is set to `false` this may fail to create a response if the model is already
                responding.

                If both `create_response` and `interrupt_response` are set to `false`, the model will never respond
                automatically but VAD events will still be emitted.

                Server default: true.
            interrupt_response (bool | None | Unset): Whether or not to automatically interrupt (cancel) any ongoing
                response with output to the default
                conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be
                cancelled, otherwise it will continue until complete.

                If both `create_response` and `interrupt_response` are set to `false`, the model will never respond
                automatically but VAD events will still be emitted.

                Server default: true.
            idle_timeout_ms (int | None | Unset):
    """

    type_: Literal["server_vad"] = "server_vad"
    threshold: float | None | Unset = UNSET
    prefix_padding_ms: int | None | Unset = UNSET
    silence_duration_ms: int | None | Unset = UNSET
    create_response: bool | None | Unset = UNSET
    interrupt_response: bool | None | Unset = UNSET
    idle_timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        idle_timeout_ms: int | None | Unset
        if isinstance(self.idle_timeout_ms, Unset):
            idle_timeout_ms = UNSET
        else:
            idle_timeout_ms = self.idle_timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
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
        if idle_timeout_ms is not UNSET:
            field_dict["idle_timeout_ms"] = idle_timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["server_vad"], d.pop("type"))
        if type_ != "server_vad":
            raise ValueError(f"type must match const 'server_vad', got '{type_}'")

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        prefix_padding_ms = _parse_prefix_padding_ms(d.pop("prefix_padding_ms", UNSET))

        silence_duration_ms = _parse_silence_duration_ms(d.pop("silence_duration_ms", UNSET))

        create_response = _parse_create_response(d.pop("create_response", UNSET))

        interrupt_response = _parse_interrupt_response(d.pop("interrupt_response", UNSET))

        idle_timeout_ms = _parse_idle_timeout_ms(d.pop("idle_timeout_ms", UNSET))

        realtime_turn_detection_server_vad = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            create_response=create_response,
            interrupt_response=interrupt_response,
            idle_timeout_ms=idle_timeout_ms,
        )

        realtime_turn_detection_server_vad.additional_properties = d
        return realtime_turn_detection_server_vad

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

    @property
    def type(self) -> str:
        """The ``type`` value as a plain string (the attrs field is ``type_``)."""
        return str(self.type_)


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


def _parse_idle_timeout_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "idle_timeout_ms": {"minimum": 5000, "maximum": 30000},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from ..models.realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,  # noqa: PLC0415
    )
    from ..models.realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection,  # noqa: PLC0415
    )

    globals().update(
        {
            "AudioTranscriptionResponse": AudioTranscriptionResponse,
            "RealtimeTranscriptionSessionCreateResponseClientSecret": RealtimeTranscriptionSessionCreateResponseClientSecret,
            "RealtimeTranscriptionSessionCreateResponseTurnDetection": RealtimeTranscriptionSessionCreateResponseTurnDetection,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponse")


@_attrs_define
class RealtimeTranscriptionSessionCreateResponse:
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.

        Attributes:
            client_secret (None | RealtimeTranscriptionSessionCreateResponseClientSecret | Unset): Ephemeral key returned by
                the API. Only present when the session is
                created on the server via REST API.
            modalities (Any | None | Unset): The set of modalities the model can respond with. To disable audio,
                set this to ["text"].
            input_audio_format (None | str | Unset): The format of input audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`.
            input_audio_transcription (AudioTranscriptionResponse | None | Unset): Configuration of the transcription model.
            turn_detection (None | RealtimeTranscriptionSessionCreateResponseTurnDetection | Unset): Configuration for turn
                detection. Can be set to `null` to turn off. Server
                VAD means that the model will detect the start and end of speech based on
                audio volume and respond at the end of user speech.
    """

    client_secret: None | RealtimeTranscriptionSessionCreateResponseClientSecret | Unset = UNSET
    modalities: Any | None | Unset = UNSET
    input_audio_format: None | str | Unset = UNSET
    input_audio_transcription: AudioTranscriptionResponse | None | Unset = UNSET
    turn_detection: None | RealtimeTranscriptionSessionCreateResponseTurnDetection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        client_secret: dict[str, Any] | None | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        elif isinstance(self.client_secret, RealtimeTranscriptionSessionCreateResponseClientSecret):
            client_secret = self.client_secret.to_dict()
        else:
            client_secret = self.client_secret

        modalities: Any | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        else:
            modalities = self.modalities

        input_audio_format: None | str | Unset
        if isinstance(self.input_audio_format, Unset):
            input_audio_format = UNSET
        else:
            input_audio_format = self.input_audio_format

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, AudioTranscriptionResponse):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeTranscriptionSessionCreateResponseTurnDetection):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        input_audio_format = _parse_input_audio_format(d.pop("input_audio_format", UNSET))

        input_audio_transcription = _parse_input_audio_transcription(d.pop("input_audio_transcription", UNSET))

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        realtime_transcription_session_create_response = cls(
            client_secret=client_secret,
            modalities=modalities,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
        )

        realtime_transcription_session_create_response.additional_properties = d
        return realtime_transcription_session_create_response

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


def _parse_client_secret(data: object) -> None | RealtimeTranscriptionSessionCreateResponseClientSecret | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        client_secret_type_0 = RealtimeTranscriptionSessionCreateResponseClientSecret.from_dict(data)

        return client_secret_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateResponseClientSecret | Unset, data)


def _parse_modalities(data: object) -> Any | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(Any | None | Unset, data)


def _parse_input_audio_format(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_input_audio_transcription(data: object) -> AudioTranscriptionResponse | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_audio_transcription_type_0 = AudioTranscriptionResponse.from_dict(data)

        return input_audio_transcription_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AudioTranscriptionResponse | None | Unset, data)


def _parse_turn_detection(data: object) -> None | RealtimeTranscriptionSessionCreateResponseTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        turn_detection_type_0 = RealtimeTranscriptionSessionCreateResponseTurnDetection.from_dict(data)

        return turn_detection_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateResponseTurnDetection | Unset, data)

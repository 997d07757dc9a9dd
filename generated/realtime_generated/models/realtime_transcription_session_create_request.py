from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_include_item import (
    RealtimeTranscriptionSessionCreateRequestIncludeItem,
)
from ..models.realtime_transcription_session_create_request_input_audio_format import (
    RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
)
from ..models.realtime_transcription_session_create_request_modalities_item import (
    RealtimeTranscriptionSessionCreateRequestModalitiesItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription import AudioTranscription
    from ..models.realtime_transcription_session_create_request_client_secret import (
        RealtimeTranscriptionSessionCreateRequestClientSecret,
    )
    from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.audio_transcription import AudioTranscription  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_request_client_secret import (
        RealtimeTranscriptionSessionCreateRequestClientSecret,  # noqa: PLC0415
    )
    from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,  # noqa: PLC0415
    )

    globals().update(
        {
            "AudioTranscription": AudioTranscription,
            "RealtimeTranscriptionSessionCreateRequestClientSecret": RealtimeTranscriptionSessionCreateRequestClientSecret,
            "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction": RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
            "RealtimeTranscriptionSessionCreateRequestTurnDetection": RealtimeTranscriptionSessionCreateRequestTurnDetection,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequest")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequest:
    """Realtime transcription session object configuration.

    Attributes:
        turn_detection (None | RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset): Configuration for turn
            detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of
            speech based on audio volume and respond at the end of user speech.
        input_audio_noise_reduction (None | RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset):
            Configuration for input audio noise reduction. This can be set to `null` to turn off.
            Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
            Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
            by improving perception of the input audio.

            Server default: null.
        input_audio_format (None | RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset): The format of
            input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
            single channel (mono), and little-endian byte order.

            Server default: "pcm16".
        input_audio_transcription (AudioTranscription | None | Unset): Configuration for input audio transcription. The
            client can optionally set the language and prompt for transcription, these offer additional guidance to the
            transcription service.
        include (list[RealtimeTranscriptionSessionCreateRequestIncludeItem] | None | Unset): The set of items to include
            in the transcription. Current available items are:
            `item.input_audio_transcription.logprobs`
        modalities (list[RealtimeTranscriptionSessionCreateRequestModalitiesItem] | None | Unset): The set of modalities
            the model can respond with.
        client_secret (None | RealtimeTranscriptionSessionCreateRequestClientSecret | Unset): Configuration options for
            the generated client secret.
    """

    turn_detection: None | RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset = UNSET
    input_audio_noise_reduction: None | RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset = (
        UNSET
    )
    input_audio_format: None | RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset = UNSET
    input_audio_transcription: AudioTranscription | None | Unset = UNSET
    include: list[RealtimeTranscriptionSessionCreateRequestIncludeItem] | None | Unset = UNSET
    modalities: list[RealtimeTranscriptionSessionCreateRequestModalitiesItem] | None | Unset = UNSET
    client_secret: None | RealtimeTranscriptionSessionCreateRequestClientSecret | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeTranscriptionSessionCreateRequestTurnDetection):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        input_audio_noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        elif isinstance(
            self.input_audio_noise_reduction, RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction
        ):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()
        else:
            input_audio_noise_reduction = self.input_audio_noise_reduction

        input_audio_format: None | str | Unset
        if isinstance(self.input_audio_format, Unset):
            input_audio_format = UNSET
        elif isinstance(self.input_audio_format, RealtimeTranscriptionSessionCreateRequestInputAudioFormat):
            input_audio_format = str(self.input_audio_format)
        else:
            input_audio_format = self.input_audio_format

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, AudioTranscription):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item = str(include_type_0_item_data)
                include.append(include_type_0_item)

        else:
            include = self.include

        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for modalities_type_0_item_data in self.modalities:
                modalities_type_0_item = str(modalities_type_0_item_data)
                modalities.append(modalities_type_0_item)

        else:
            modalities = self.modalities

        client_secret: dict[str, Any] | None | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        elif isinstance(self.client_secret, RealtimeTranscriptionSessionCreateRequestClientSecret):
            client_secret = self.client_secret.to_dict()
        else:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if include is not UNSET:
            field_dict["include"] = include
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        input_audio_noise_reduction = _parse_input_audio_noise_reduction(d.pop("input_audio_noise_reduction", UNSET))

        input_audio_format = _parse_input_audio_format(d.pop("input_audio_format", UNSET))

        input_audio_transcription = _parse_input_audio_transcription(d.pop("input_audio_transcription", UNSET))

        include = _parse_include(d.pop("include", UNSET))

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        realtime_transcription_session_create_request = cls(
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            include=include,
            modalities=modalities,
            client_secret=client_secret,
        )

        realtime_transcription_session_create_request.additional_properties = d
        return realtime_transcription_session_create_request

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


def _parse_turn_detection(data: object) -> None | RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        turn_detection_type_0 = RealtimeTranscriptionSessionCreateRequestTurnDetection.from_dict(data)

        return turn_detection_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset, data)


def _parse_input_audio_noise_reduction(
    data: object,
) -> None | RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_audio_noise_reduction_type_0 = (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction.from_dict(data)
        )

        return input_audio_noise_reduction_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset, data)


def _parse_input_audio_format(data: object) -> None | RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        input_audio_format_type_0 = RealtimeTranscriptionSessionCreateRequestInputAudioFormat(data)

        return input_audio_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset, data)


def _parse_input_audio_transcription(data: object) -> AudioTranscription | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_audio_transcription_type_0 = AudioTranscription.from_dict(data)

        return input_audio_transcription_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AudioTranscription | None | Unset, data)


def _parse_include(data: object) -> list[RealtimeTranscriptionSessionCreateRequestIncludeItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        include_type_0 = []
        _include_type_0 = data
        for include_type_0_item_data in _include_type_0:
            include_type_0_item = RealtimeTranscriptionSessionCreateRequestIncludeItem(include_type_0_item_data)

            include_type_0.append(include_type_0_item)

        return include_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeTranscriptionSessionCreateRequestIncludeItem] | None | Unset, data)


def _parse_modalities(data: object) -> list[RealtimeTranscriptionSessionCreateRequestModalitiesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        modalities_type_0 = []
        _modalities_type_0 = data
        for modalities_type_0_item_data in _modalities_type_0:
            modalities_type_0_item = RealtimeTranscriptionSessionCreateRequestModalitiesItem(
                modalities_type_0_item_data
            )

            modalities_type_0.append(modalities_type_0_item)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeTranscriptionSessionCreateRequestModalitiesItem] | None | Unset, data)


def _parse_client_secret(data: object) -> None | RealtimeTranscriptionSessionCreateRequestClientSecret | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        client_secret_type_0 = RealtimeTranscriptionSessionCreateRequestClientSecret.from_dict(data)

        return client_secret_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateRequestClientSecret | Unset, data)

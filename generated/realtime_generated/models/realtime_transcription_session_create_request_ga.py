from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_ga_include_item import (
    RealtimeTranscriptionSessionCreateRequestGAIncludeItem,
)
from ..models.realtime_transcription_session_create_request_ga_type import (
    RealtimeTranscriptionSessionCreateRequestGAType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeTranscriptionSessionCreateRequestGAAudio": RealtimeTranscriptionSessionCreateRequestGAAudio,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestGA")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestGA:
    """Realtime transcription session object configuration.

    Attributes:
        type_ (RealtimeTranscriptionSessionCreateRequestGAType): The type of session to create. Always `transcription`
            for transcription sessions.
        audio (None | RealtimeTranscriptionSessionCreateRequestGAAudio | Unset): Configuration for input and output
            audio.
        include (list[RealtimeTranscriptionSessionCreateRequestGAIncludeItem] | None | Unset): Additional fields to
            include in server outputs.

            `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """

    type_: RealtimeTranscriptionSessionCreateRequestGAType | Literal["transcription"]
    audio: None | RealtimeTranscriptionSessionCreateRequestGAAudio | Unset = UNSET
    include: list[RealtimeTranscriptionSessionCreateRequestGAIncludeItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, RealtimeTranscriptionSessionCreateRequestGAAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeTranscriptionSessionCreateRequestGAType(d.pop("type"))

        audio = _parse_audio(d.pop("audio", UNSET))

        include = _parse_include(d.pop("include", UNSET))

        realtime_transcription_session_create_request_ga = cls(
            type_=type_,
            audio=audio,
            include=include,
        )

        realtime_transcription_session_create_request_ga.additional_properties = d
        return realtime_transcription_session_create_request_ga

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

    type: ClassVar[Literal["transcription"]] = "transcription"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_audio(data: object) -> None | RealtimeTranscriptionSessionCreateRequestGAAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audio_type_0 = RealtimeTranscriptionSessionCreateRequestGAAudio.from_dict(data)

        return audio_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateRequestGAAudio | Unset, data)


def _parse_include(data: object) -> list[RealtimeTranscriptionSessionCreateRequestGAIncludeItem] | None | Unset:
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
            include_type_0_item = RealtimeTranscriptionSessionCreateRequestGAIncludeItem(include_type_0_item_data)

            include_type_0.append(include_type_0_item)

        return include_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeTranscriptionSessionCreateRequestGAIncludeItem] | None | Unset, data)

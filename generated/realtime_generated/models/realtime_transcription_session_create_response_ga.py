from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_response_ga_include_item import (
    RealtimeTranscriptionSessionCreateResponseGAIncludeItem,
)
from ..models.realtime_transcription_session_create_response_ga_type import (
    RealtimeTranscriptionSessionCreateResponseGAType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeTranscriptionSessionCreateResponseGAAudio": RealtimeTranscriptionSessionCreateResponseGAAudio,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseGA")


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseGA:
    """A Realtime transcription session configuration object.

    Attributes:
        type_ (RealtimeTranscriptionSessionCreateResponseGAType): The type of session. Always `transcription` for
            transcription sessions.
        id (str): Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object_ (str): The object type. Always `realtime.transcription_session`.
        expires_at (int | None | Unset): Expiration timestamp for the session, in seconds since epoch.
        include (list[RealtimeTranscriptionSessionCreateResponseGAIncludeItem] | None | Unset): Additional fields to
            include in server outputs.
            - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
        audio (None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset): Configuration for input audio for the
            session.
    """

    type_: RealtimeTranscriptionSessionCreateResponseGAType | Literal["transcription"]
    id: str
    object_: str
    expires_at: int | None | Unset = UNSET
    include: list[RealtimeTranscriptionSessionCreateResponseGAIncludeItem] | None | Unset = UNSET
    audio: None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        id = self.id

        object_ = self.object_

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

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

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, RealtimeTranscriptionSessionCreateResponseGAAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "object": object_,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include is not UNSET:
            field_dict["include"] = include
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeTranscriptionSessionCreateResponseGAType(d.pop("type"))

        id = d.pop("id")

        object_ = d.pop("object")

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        include = _parse_include(d.pop("include", UNSET))

        audio = _parse_audio(d.pop("audio", UNSET))

        realtime_transcription_session_create_response_ga = cls(
            type_=type_,
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            audio=audio,
        )

        realtime_transcription_session_create_response_ga.additional_properties = d
        return realtime_transcription_session_create_response_ga

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


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_include(data: object) -> list[RealtimeTranscriptionSessionCreateResponseGAIncludeItem] | None | Unset:
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
            include_type_0_item = RealtimeTranscriptionSessionCreateResponseGAIncludeItem(include_type_0_item_data)

            include_type_0.append(include_type_0_item)

        return include_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeTranscriptionSessionCreateResponseGAIncludeItem] | None | Unset, data)


def _parse_audio(data: object) -> None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audio_type_0 = RealtimeTranscriptionSessionCreateResponseGAAudio.from_dict(data)

        return audio_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset, data)

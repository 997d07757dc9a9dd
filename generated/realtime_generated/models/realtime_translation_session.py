from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_session_type import RealtimeTranslationSessionType

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio  # noqa: PLC0415

    globals().update(
        {
            "RealtimeTranslationSessionAudio": RealtimeTranslationSessionAudio,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranslationSession")


@_attrs_define
class RealtimeTranslationSession:
    """A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.

        Attributes:
            id (str): Unique identifier for the session that looks like `sess_1234567890abcdef`.
            type_ (RealtimeTranslationSessionType): The session type. Always `translation` for Realtime translation
                sessions.
            expires_at (int): Expiration timestamp for the session, in seconds since epoch.
            model (str): The Realtime translation model used for this session. This field is set at
                session creation and cannot be changed with `session.update`.
            audio (RealtimeTranslationSessionAudio): Configuration for translation input and output audio.
    """

    id: str
    type_: RealtimeTranslationSessionType | Literal["translation"]
    expires_at: int
    model: str
    audio: RealtimeTranslationSessionAudio
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        type_ = str(self.type_)

        expires_at = self.expires_at

        model = self.model

        audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "expires_at": expires_at,
                "model": model,
                "audio": audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        type_ = RealtimeTranslationSessionType(d.pop("type"))

        expires_at = d.pop("expires_at")

        model = d.pop("model")

        audio = RealtimeTranslationSessionAudio.from_dict(d.pop("audio"))

        realtime_translation_session = cls(
            id=id,
            type_=type_,
            expires_at=expires_at,
            model=model,
            audio=audio,
        )

        realtime_translation_session.additional_properties = d
        return realtime_translation_session

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

    type: ClassVar[Literal["translation"]] = "translation"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

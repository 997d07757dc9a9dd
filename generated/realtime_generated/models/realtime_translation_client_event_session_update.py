from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_client_event_session_update_type import (
    RealtimeTranslationClientEventSessionUpdateType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_update_request import RealtimeTranslationSessionUpdateRequest


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_translation_session_update_request import RealtimeTranslationSessionUpdateRequest  # noqa: PLC0415

    globals().update(
        {
            "RealtimeTranslationSessionUpdateRequest": RealtimeTranslationSessionUpdateRequest,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranslationClientEventSessionUpdate")


@_attrs_define
class RealtimeTranslationClientEventSessionUpdate:
    """Send this event to update the translation session configuration. Translation
    sessions support updates to `audio.output.language`, `audio.input.transcription`,
    and `audio.input.noise_reduction`.

        Attributes:
            type_ (RealtimeTranslationClientEventSessionUpdateType): The event type, must be `session.update`.
            session (RealtimeTranslationSessionUpdateRequest): Realtime translation session fields that can be updated with
                `session.update`.
            event_id (None | str | Unset): Optional client-generated ID used to identify this event.
    """

    type_: RealtimeTranslationClientEventSessionUpdateType | Literal["session.update"]
    session: RealtimeTranslationSessionUpdateRequest
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        session = self.session.to_dict()

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
                "session": session,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeTranslationClientEventSessionUpdateType(d.pop("type"))

        session = RealtimeTranslationSessionUpdateRequest.from_dict(d.pop("session"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        realtime_translation_client_event_session_update = cls(
            type_=type_,
            session=session,
            event_id=event_id,
        )

        realtime_translation_client_event_session_update.additional_properties = d
        return realtime_translation_client_event_session_update

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

    type: ClassVar[Literal["session.update"]] = "session.update"
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

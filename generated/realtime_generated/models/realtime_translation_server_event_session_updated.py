from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_server_event_session_updated_type import (
    RealtimeTranslationServerEventSessionUpdatedType,
)

if TYPE_CHECKING:
    from ..models.realtime_translation_session import RealtimeTranslationSession


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_translation_session import RealtimeTranslationSession  # noqa: PLC0415

    globals().update(
        {
            "RealtimeTranslationSession": RealtimeTranslationSession,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranslationServerEventSessionUpdated")


@_attrs_define
class RealtimeTranslationServerEventSessionUpdated:
    """Returned when a translation session is updated with a `session.update` event,
    unless there is an error.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeTranslationServerEventSessionUpdatedType): The event type, must be `session.updated`.
            session (RealtimeTranslationSession): A Realtime translation session. Translation sessions continuously
                translate input
                audio into the configured output language.
    """

    event_id: str
    type_: RealtimeTranslationServerEventSessionUpdatedType | Literal["session.updated"]
    session: RealtimeTranslationSession
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeTranslationServerEventSessionUpdatedType(d.pop("type"))

        session = RealtimeTranslationSession.from_dict(d.pop("session"))

        realtime_translation_server_event_session_updated = cls(
            event_id=event_id,
            type_=type_,
            session=session,
        )

        realtime_translation_server_event_session_updated.additional_properties = d
        return realtime_translation_server_event_session_updated

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

    type: ClassVar[Literal["session.updated"]] = "session.updated"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

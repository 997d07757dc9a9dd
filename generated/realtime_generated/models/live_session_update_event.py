from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_session_update_event_type import LiveSessionUpdateEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_session_update_config import LiveSessionUpdateConfig


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_session_update_config import LiveSessionUpdateConfig  # noqa: PLC0415

    globals().update(
        {
            "LiveSessionUpdateConfig": LiveSessionUpdateConfig,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionUpdateEvent")


@_attrs_define
class LiveSessionUpdateEvent:
    """Update the delegation settings or transcript triggers of an active Live session.

    The server acknowledges accepted changes with `session.updated`.

        Attributes:
            session (LiveSessionUpdateConfig): Changes to an active Live session's delegation settings and transcript
                triggers.
            type_ (LiveSessionUpdateEventType):
            event_id (None | str | Unset):
    """

    session: LiveSessionUpdateConfig
    type_: LiveSessionUpdateEventType | Literal["session.update"]
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        session = self.session.to_dict()

        type_ = str(self.type_)

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
                "type": type_,
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
        session = LiveSessionUpdateConfig.from_dict(d.pop("session"))

        type_ = LiveSessionUpdateEventType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_session_update_event = cls(
            session=session,
            type_=type_,
            event_id=event_id,
        )

        live_session_update_event.additional_properties = d
        return live_session_update_event

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

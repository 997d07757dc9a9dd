from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_fork_session_start_event_type import LiveForkSessionStartEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_fork_session_config import LiveForkSessionConfig


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_fork_session_config import LiveForkSessionConfig  # noqa: PLC0415

    globals().update(
        {
            "LiveForkSessionConfig": LiveForkSessionConfig,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveForkSessionStartEvent")


@_attrs_define
class LiveForkSessionStartEvent:
    """Start a Live session after connecting to a stored session’s fork WebSocket.

    Send an empty `session` object to use the stored configuration.

        Attributes:
            session (LiveForkSessionConfig): Overrides for a stored session after connecting to the fork WebSocket.

                An empty object inherits the stored configuration; do not supply a new model. audio.format applies only to the
                new WebSocket connection. client overrides are only supported for WebRTC forks.
            type_ (LiveForkSessionStartEventType):
            event_id (None | str | Unset):
    """

    session: LiveForkSessionConfig
    type_: LiveForkSessionStartEventType | Literal["session.start"]
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
        session = LiveForkSessionConfig.from_dict(d.pop("session"))

        type_ = LiveForkSessionStartEventType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_fork_session_start_event = cls(
            session=session,
            type_=type_,
            event_id=event_id,
        )

        live_fork_session_start_event.additional_properties = d
        return live_fork_session_start_event

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

    type: ClassVar[Literal["session.start"]] = "session.start"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_session_usage_updated_event_type import LiveSessionUsageUpdatedEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_context_window import LiveContextWindow
    from ..models.live_session_usage import LiveSessionUsage


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_context_window import LiveContextWindow  # noqa: PLC0415
    from ..models.live_session_usage import LiveSessionUsage  # noqa: PLC0415

    globals().update(
        {
            "LiveContextWindow": LiveContextWindow,
            "LiveSessionUsage": LiveSessionUsage,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionUsageUpdatedEvent")


@_attrs_define
class LiveSessionUsageUpdatedEvent:
    """Reports cumulative Live audio usage and, when available, the most recent context-window usage. Delegated Responses
    token usage is reported separately in response.event events.

        Attributes:
            event_id (str):
            type_ (LiveSessionUsageUpdatedEventType):
            usage (LiveSessionUsage): Cumulative billable duration for a Live session.

                Eligible WebRTC sessions also report the active and paused breakdown. Do not sum values across usage events.
            client_event_id (None | str | Unset):
            context_window (LiveContextWindow | None | Unset):
    """

    event_id: str
    type_: LiveSessionUsageUpdatedEventType | Literal["session.usage.updated"]
    usage: LiveSessionUsage
    client_event_id: None | str | Unset = UNSET
    context_window: LiveContextWindow | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        usage = self.usage.to_dict()

        client_event_id: None | str | Unset
        if isinstance(self.client_event_id, Unset):
            client_event_id = UNSET
        else:
            client_event_id = self.client_event_id

        context_window: dict[str, Any] | None | Unset
        if isinstance(self.context_window, Unset):
            context_window = UNSET
        elif isinstance(self.context_window, LiveContextWindow):
            context_window = self.context_window.to_dict()
        else:
            context_window = self.context_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "usage": usage,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id
        if context_window is not UNSET:
            field_dict["context_window"] = context_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = LiveSessionUsageUpdatedEventType(d.pop("type"))

        usage = LiveSessionUsage.from_dict(d.pop("usage"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        context_window = _parse_context_window(d.pop("context_window", UNSET))

        live_session_usage_updated_event = cls(
            event_id=event_id,
            type_=type_,
            usage=usage,
            client_event_id=client_event_id,
            context_window=context_window,
        )

        live_session_usage_updated_event.additional_properties = d
        return live_session_usage_updated_event

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

    type: ClassVar[Literal["session.usage.updated"]] = "session.usage.updated"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_context_window(data: object) -> LiveContextWindow | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        context_window_type_0 = LiveContextWindow.from_dict(data)

        return context_window_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveContextWindow | None | Unset, data)

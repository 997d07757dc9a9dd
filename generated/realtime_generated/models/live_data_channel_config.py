from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_data_channel_config_allowed_client_events import LiveDataChannelConfigAllowedClientEvents
from ..models.live_data_channel_config_allowed_server_events import LiveDataChannelConfigAllowedServerEvents
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_server_event_selector import LiveServerEventSelector


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_server_event_selector import LiveServerEventSelector  # noqa: PLC0415

    globals().update(
        {
            "LiveServerEventSelector": LiveServerEventSelector,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDataChannelConfig")


@_attrs_define
class LiveDataChannelConfig:
    """Control which Live events an untrusted WebRTC frontend can send and receive over its data channel. These
    restrictions do not apply to trusted sideband connections.

        Attributes:
            allowed_client_events (list[str] | LiveDataChannelConfigAllowedClientEvents | None | Unset):
            allowed_server_events (list[LiveServerEventSelector] | LiveDataChannelConfigAllowedServerEvents | None | Unset):
    """

    allowed_client_events: list[str] | LiveDataChannelConfigAllowedClientEvents | None | Unset = UNSET
    allowed_server_events: list[LiveServerEventSelector] | LiveDataChannelConfigAllowedServerEvents | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        allowed_client_events: list[str] | None | str | Unset
        if isinstance(self.allowed_client_events, Unset):
            allowed_client_events = UNSET
        elif isinstance(self.allowed_client_events, LiveDataChannelConfigAllowedClientEvents):
            allowed_client_events = str(self.allowed_client_events)
        elif isinstance(self.allowed_client_events, list):
            allowed_client_events = self.allowed_client_events

        else:
            allowed_client_events = self.allowed_client_events

        allowed_server_events: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.allowed_server_events, Unset):
            allowed_server_events = UNSET
        elif isinstance(self.allowed_server_events, LiveDataChannelConfigAllowedServerEvents):
            allowed_server_events = str(self.allowed_server_events)
        elif isinstance(self.allowed_server_events, list):
            allowed_server_events = []
            for allowed_server_events_type_1_item_data in self.allowed_server_events:
                allowed_server_events_type_1_item = allowed_server_events_type_1_item_data.to_dict()
                allowed_server_events.append(allowed_server_events_type_1_item)

        else:
            allowed_server_events = self.allowed_server_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_client_events is not UNSET:
            field_dict["allowed_client_events"] = allowed_client_events
        if allowed_server_events is not UNSET:
            field_dict["allowed_server_events"] = allowed_server_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        allowed_client_events = _parse_allowed_client_events(d.pop("allowed_client_events", UNSET))

        allowed_server_events = _parse_allowed_server_events(d.pop("allowed_server_events", UNSET))

        live_data_channel_config = cls(
            allowed_client_events=allowed_client_events,
            allowed_server_events=allowed_server_events,
        )

        live_data_channel_config.additional_properties = d
        return live_data_channel_config

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


def _parse_allowed_client_events(data: object) -> list[str] | LiveDataChannelConfigAllowedClientEvents | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        allowed_client_events_type_0 = LiveDataChannelConfigAllowedClientEvents(data)

        return allowed_client_events_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_client_events_type_1 = cast(list[str], data)

        return allowed_client_events_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | LiveDataChannelConfigAllowedClientEvents | None | Unset, data)


def _parse_allowed_server_events(
    data: object,
) -> list[LiveServerEventSelector] | LiveDataChannelConfigAllowedServerEvents | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        allowed_server_events_type_0 = LiveDataChannelConfigAllowedServerEvents(data)

        return allowed_server_events_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_server_events_type_1 = []
        _allowed_server_events_type_1 = data
        for allowed_server_events_type_1_item_data in _allowed_server_events_type_1:
            allowed_server_events_type_1_item = LiveServerEventSelector.from_dict(
                allowed_server_events_type_1_item_data
            )

            allowed_server_events_type_1.append(allowed_server_events_type_1_item)

        return allowed_server_events_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveServerEventSelector] | LiveDataChannelConfigAllowedServerEvents | None | Unset, data)

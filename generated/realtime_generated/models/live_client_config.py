from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_data_channel_config import LiveDataChannelConfig


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_data_channel_config import LiveDataChannelConfig  # noqa: PLC0415

    globals().update(
        {
            "LiveDataChannelConfig": LiveDataChannelConfig,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveClientConfig")


@_attrs_define
class LiveClientConfig:
    """Startup-only capabilities for an untrusted frontend attached to a unified WebRTC session. Trusted sideband
    connections are unaffected.

        Attributes:
            data_channel (LiveDataChannelConfig): Control which Live events an untrusted WebRTC frontend can send and
                receive over its data channel. These restrictions do not apply to trusted sideband connections.
    """

    data_channel: LiveDataChannelConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        data_channel = self.data_channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_channel": data_channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        data_channel = LiveDataChannelConfig.from_dict(d.pop("data_channel"))

        live_client_config = cls(
            data_channel=data_channel,
        )

        live_client_config.additional_properties = d
        return live_client_config

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

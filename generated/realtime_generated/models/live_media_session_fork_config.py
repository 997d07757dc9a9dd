from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_client_config import LiveClientConfig
    from ..models.live_media_session_fork_config_delegation import LiveMediaSessionForkConfigDelegation


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_client_config import LiveClientConfig  # noqa: PLC0415
    from ..models.live_media_session_fork_config_delegation import LiveMediaSessionForkConfigDelegation  # noqa: PLC0415

    globals().update(
        {
            "LiveClientConfig": LiveClientConfig,
            "LiveMediaSessionForkConfigDelegation": LiveMediaSessionForkConfigDelegation,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveMediaSessionForkConfig")


@_attrs_define
class LiveMediaSessionForkConfig:
    """Optional overrides for a stored Live session.

    Omitted settings are inherited. The model, voice, frontend instructions, and prior conversation come from the stored
    session. WebRTC negotiates its audio format; audio.format is only supported on WebSocket forks.

        Attributes:
            client (LiveClientConfig | None | Unset):
            delegation (LiveMediaSessionForkConfigDelegation | None | Unset):
            store (bool | None | Unset):
    """

    client: LiveClientConfig | None | Unset = UNSET
    delegation: LiveMediaSessionForkConfigDelegation | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, LiveClientConfig):
            client = self.client.to_dict()
        else:
            client = self.client

        delegation: dict[str, Any] | None | Unset
        if isinstance(self.delegation, Unset):
            delegation = UNSET
        elif isinstance(self.delegation, LiveMediaSessionForkConfigDelegation):
            delegation = self.delegation.to_dict()
        else:
            delegation = self.delegation

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client is not UNSET:
            field_dict["client"] = client
        if delegation is not UNSET:
            field_dict["delegation"] = delegation
        if store is not UNSET:
            field_dict["store"] = store

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        client = _parse_client(d.pop("client", UNSET))

        delegation = _parse_delegation(d.pop("delegation", UNSET))

        store = _parse_store(d.pop("store", UNSET))

        live_media_session_fork_config = cls(
            client=client,
            delegation=delegation,
            store=store,
        )

        live_media_session_fork_config.additional_properties = d
        return live_media_session_fork_config

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


def _parse_client(data: object) -> LiveClientConfig | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        client_type_0 = LiveClientConfig.from_dict(data)

        return client_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveClientConfig | None | Unset, data)


def _parse_delegation(data: object) -> LiveMediaSessionForkConfigDelegation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "responses":
        try:
            delegation_type_0 = LiveMediaSessionForkConfigDelegation.from_dict(data)

            return delegation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(LiveMediaSessionForkConfigDelegation | None | Unset, data)


def _parse_store(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)

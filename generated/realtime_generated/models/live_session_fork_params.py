from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_media_session_fork_config import LiveMediaSessionForkConfig
    from ..models.live_session_fork_params_transport import LiveSessionForkParamsTransport


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_media_session_fork_config import LiveMediaSessionForkConfig  # noqa: PLC0415
    from ..models.live_session_fork_params_transport import LiveSessionForkParamsTransport  # noqa: PLC0415

    globals().update(
        {
            "LiveMediaSessionForkConfig": LiveMediaSessionForkConfig,
            "LiveSessionForkParamsTransport": LiveSessionForkParamsTransport,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionForkParams")


@_attrs_define
class LiveSessionForkParams:
    """
    Attributes:
        transport (LiveSessionForkParamsTransport): WebRTC transport with an SDP offer for the new connection to the
            forked session.
        session (LiveMediaSessionForkConfig | None | Unset):
    """

    transport: LiveSessionForkParamsTransport
    session: LiveMediaSessionForkConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        transport = self.transport.to_dict()

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, LiveMediaSessionForkConfig):
            session = self.session.to_dict()
        else:
            session = self.session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transport": transport,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        transport = LiveSessionForkParamsTransport.from_dict(d.pop("transport"))

        session = _parse_session(d.pop("session", UNSET))

        live_session_fork_params = cls(
            transport=transport,
            session=session,
        )

        live_session_fork_params.additional_properties = d
        return live_session_fork_params

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


def _parse_session(data: object) -> LiveMediaSessionForkConfig | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        session_type_0 = LiveMediaSessionForkConfig.from_dict(data)

        return session_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveMediaSessionForkConfig | None | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_create_params_transport import LiveCreateParamsTransport
    from ..models.live_media_session_config import LiveMediaSessionConfig


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_create_params_transport import LiveCreateParamsTransport  # noqa: PLC0415
    from ..models.live_media_session_config import LiveMediaSessionConfig  # noqa: PLC0415

    globals().update(
        {
            "LiveCreateParamsTransport": LiveCreateParamsTransport,
            "LiveMediaSessionConfig": LiveMediaSessionConfig,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveCreateParams")


@_attrs_define
class LiveCreateParams:
    """
    Attributes:
        session (LiveMediaSessionConfig): Startup configuration for a Live media session.

            Follow the [Live prompting guide](https://developers.openai.com/api/docs/guides/live-prompting) when writing
            frontend instructions and the backend prompt under delegation.responses.instructions.
        transport (LiveCreateParamsTransport): WebRTC transport with the browser's SDP offer.
    """

    session: LiveMediaSessionConfig
    transport: LiveCreateParamsTransport
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        session = self.session.to_dict()

        transport = self.transport.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
                "transport": transport,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        session = LiveMediaSessionConfig.from_dict(d.pop("session"))

        transport = LiveCreateParamsTransport.from_dict(d.pop("transport"))

        live_create_params = cls(
            session=session,
            transport=transport,
        )

        live_create_params.additional_properties = d
        return live_create_params

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

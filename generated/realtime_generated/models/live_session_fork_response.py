from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_create_response_session import LiveCreateResponseSession
    from ..models.live_create_response_transport import LiveCreateResponseTransport


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_create_response_session import LiveCreateResponseSession  # noqa: PLC0415
    from ..models.live_create_response_transport import LiveCreateResponseTransport  # noqa: PLC0415

    globals().update(
        {
            "LiveCreateResponseSession": LiveCreateResponseSession,
            "LiveCreateResponseTransport": LiveCreateResponseTransport,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionForkResponse")


@_attrs_define
class LiveSessionForkResponse:
    """The created Live session identifier and WebRTC answer.

    Apply transport.sdp as the peer's remote answer and wait for session.started on the data channel before sending
    commands.

        Attributes:
            session (LiveCreateResponseSession): The newly created Live session.

                Use its ID for session controls and sideband connections.
            transport (LiveCreateResponseTransport): WebRTC transport with the SDP answer.
    """

    session: LiveCreateResponseSession
    transport: LiveCreateResponseTransport
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
        session = LiveCreateResponseSession.from_dict(d.pop("session"))

        transport = LiveCreateResponseTransport.from_dict(d.pop("transport"))

        live_session_fork_response = cls(
            session=session,
            transport=transport,
        )

        live_session_fork_response.additional_properties = d
        return live_session_fork_response

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

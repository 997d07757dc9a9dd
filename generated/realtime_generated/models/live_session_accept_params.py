from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_session_accept_params_session import LiveSessionAcceptParamsSession


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_session_accept_params_session import LiveSessionAcceptParamsSession  # noqa: PLC0415

    globals().update(
        {
            "LiveSessionAcceptParamsSession": LiveSessionAcceptParamsSession,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionAcceptParams")


@_attrs_define
class LiveSessionAcceptParams:
    """
    Attributes:
        session (LiveSessionAcceptParamsSession): Model and startup configuration for the Live session that answers the
            incoming SIP call.
    """

    session: LiveSessionAcceptParamsSession
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        session = LiveSessionAcceptParamsSession.from_dict(d.pop("session"))

        live_session_accept_params = cls(
            session=session,
        )

        live_session_accept_params.additional_properties = d
        return live_session_accept_params

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

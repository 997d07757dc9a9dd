from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_transport_failed_type import LiveTransportFailedType

if TYPE_CHECKING:
    from ..models.live_transport_failed_error import LiveTransportFailedError


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_transport_failed_error import LiveTransportFailedError  # noqa: PLC0415

    globals().update(
        {
            "LiveTransportFailedError": LiveTransportFailedError,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveTransportFailed")


@_attrs_define
class LiveTransportFailed:
    """An asynchronous outbound SIP setup failure.

    Delivered only to sideband observers.

        Attributes:
            error (LiveTransportFailedError):
            event_id (str):
            session_id (str):
            type_ (LiveTransportFailedType):
    """

    error: LiveTransportFailedError
    event_id: str
    session_id: str
    type_: LiveTransportFailedType | Literal["transport.failed"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        error = self.error.to_dict()

        event_id = self.event_id

        session_id = self.session_id

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "event_id": event_id,
                "session_id": session_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        error = LiveTransportFailedError.from_dict(d.pop("error"))

        event_id = d.pop("event_id")

        session_id = d.pop("session_id")

        type_ = LiveTransportFailedType(d.pop("type"))

        live_transport_failed = cls(
            error=error,
            event_id=event_id,
            session_id=session_id,
            type_=type_,
        )

        live_transport_failed.additional_properties = d
        return live_transport_failed

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

    type: ClassVar[Literal["transport.failed"]] = "transport.failed"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

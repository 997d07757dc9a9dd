from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_error_type import RealtimeBetaServerEventErrorType

if TYPE_CHECKING:
    from ..models.realtime_beta_server_event_error_error import RealtimeBetaServerEventErrorError


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_beta_server_event_error_error import RealtimeBetaServerEventErrorError  # noqa: PLC0415

    globals().update(
        {
            "RealtimeBetaServerEventErrorError": RealtimeBetaServerEventErrorError,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeBetaServerEventError")


@_attrs_define
class RealtimeBetaServerEventError:
    """Returned when an error occurs, which could be a client problem or a server
    problem. Most errors are recoverable and the session will stay open, we
    recommend to implementors to monitor and log error messages by default.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeBetaServerEventErrorType): The event type, must be `error`.
            error (RealtimeBetaServerEventErrorError): Details of the error.
    """

    event_id: str
    type_: RealtimeBetaServerEventErrorType | Literal["error"]
    error: RealtimeBetaServerEventErrorError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventErrorType(d.pop("type"))

        error = RealtimeBetaServerEventErrorError.from_dict(d.pop("error"))

        realtime_beta_server_event_error = cls(
            event_id=event_id,
            type_=type_,
            error=error,
        )

        realtime_beta_server_event_error.additional_properties = d
        return realtime_beta_server_event_error

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

    type: ClassVar[Literal["error"]] = "error"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

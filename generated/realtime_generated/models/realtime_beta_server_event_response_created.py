from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_response_created_type import RealtimeBetaServerEventResponseCreatedType

if TYPE_CHECKING:
    from ..models.realtime_beta_response import RealtimeBetaResponse


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_beta_response import RealtimeBetaResponse  # noqa: PLC0415

    globals().update(
        {
            "RealtimeBetaResponse": RealtimeBetaResponse,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeBetaServerEventResponseCreated")


@_attrs_define
class RealtimeBetaServerEventResponseCreated:
    """Returned when a new Response is created. The first event of response creation,
    where the response is in an initial state of `in_progress`.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeBetaServerEventResponseCreatedType): The event type, must be `response.created`.
            response (RealtimeBetaResponse): The response resource.
    """

    event_id: str
    type_: RealtimeBetaServerEventResponseCreatedType | Literal["response.created"]
    response: RealtimeBetaResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventResponseCreatedType(d.pop("type"))

        response = RealtimeBetaResponse.from_dict(d.pop("response"))

        realtime_beta_server_event_response_created = cls(
            event_id=event_id,
            type_=type_,
            response=response,
        )

        realtime_beta_server_event_response_created.additional_properties = d
        return realtime_beta_server_event_response_created

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

    type: ClassVar[Literal["response.created"]] = "response.created"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

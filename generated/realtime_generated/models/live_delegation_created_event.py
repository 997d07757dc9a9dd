from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_delegation_created_event_type import LiveDelegationCreatedEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_delegation_created_event_delegation import LiveDelegationCreatedEventDelegation


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_delegation_created_event_delegation import LiveDelegationCreatedEventDelegation  # noqa: PLC0415

    globals().update(
        {
            "LiveDelegationCreatedEventDelegation": LiveDelegationCreatedEventDelegation,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDelegationCreatedEvent")


@_attrs_define
class LiveDelegationCreatedEvent:
    """Returned when the Live model delegates work to your application, Responses, or Decisions. Contains delegation
    metadata and the position on the session timeline where the work was delegated.

        Attributes:
            delegation (LiveDelegationCreatedEventDelegation): The delegated work identifier and destination.

                This object contains metadata, not the task text.
            event_id (str):
            offset_ms (int):
            type_ (LiveDelegationCreatedEventType):
            client_event_id (None | str | Unset):
    """

    delegation: LiveDelegationCreatedEventDelegation
    event_id: str
    offset_ms: int
    type_: LiveDelegationCreatedEventType | Literal["session.delegation.created"]
    client_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        delegation = self.delegation.to_dict()

        event_id = self.event_id

        offset_ms = self.offset_ms

        type_ = str(self.type_)

        client_event_id: None | str | Unset
        if isinstance(self.client_event_id, Unset):
            client_event_id = UNSET
        else:
            client_event_id = self.client_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delegation": delegation,
                "event_id": event_id,
                "offset_ms": offset_ms,
                "type": type_,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        delegation = LiveDelegationCreatedEventDelegation.from_dict(d.pop("delegation"))

        event_id = d.pop("event_id")

        offset_ms = d.pop("offset_ms")

        type_ = LiveDelegationCreatedEventType(d.pop("type"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        live_delegation_created_event = cls(
            delegation=delegation,
            event_id=event_id,
            offset_ms=offset_ms,
            type_=type_,
            client_event_id=client_event_id,
        )

        live_delegation_created_event.additional_properties = d
        return live_delegation_created_event

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

    type: ClassVar[Literal["session.delegation.created"]] = "session.delegation.created"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

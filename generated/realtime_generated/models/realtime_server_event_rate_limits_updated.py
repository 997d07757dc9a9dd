from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_rate_limits_updated_type import RealtimeServerEventRateLimitsUpdatedType

if TYPE_CHECKING:
    from ..models.realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeServerEventRateLimitsUpdatedRateLimitsItem": RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeServerEventRateLimitsUpdated")


@_attrs_define
class RealtimeServerEventRateLimitsUpdated:
    """Emitted at the beginning of a Response to indicate the updated rate limits.
    When a Response is created some tokens will be "reserved" for the output
    tokens, the rate limits shown here reflect that reservation, which is then
    adjusted accordingly once the Response is completed.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventRateLimitsUpdatedType): The event type, must be `rate_limits.updated`.
            rate_limits (list[RealtimeServerEventRateLimitsUpdatedRateLimitsItem]): List of rate limit information.
    """

    event_id: str
    type_: RealtimeServerEventRateLimitsUpdatedType | Literal["rate_limits.updated"]
    rate_limits: list[RealtimeServerEventRateLimitsUpdatedRateLimitsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        rate_limits = []
        for rate_limits_item_data in self.rate_limits:
            rate_limits_item = rate_limits_item_data.to_dict()
            rate_limits.append(rate_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "rate_limits": rate_limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventRateLimitsUpdatedType(d.pop("type"))

        rate_limits = []
        _rate_limits = d.pop("rate_limits")
        for rate_limits_item_data in _rate_limits:
            rate_limits_item = RealtimeServerEventRateLimitsUpdatedRateLimitsItem.from_dict(rate_limits_item_data)

            rate_limits.append(rate_limits_item)

        realtime_server_event_rate_limits_updated = cls(
            event_id=event_id,
            type_=type_,
            rate_limits=rate_limits,
        )

        realtime_server_event_rate_limits_updated.additional_properties = d
        return realtime_server_event_rate_limits_updated

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

    type: ClassVar[Literal["rate_limits.updated"]] = "rate_limits.updated"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_live_transport_connected_object import WebhookLiveTransportConnectedObject
from ..models.webhook_live_transport_connected_type import WebhookLiveTransportConnectedType

if TYPE_CHECKING:
    from ..models.webhook_live_transport_connected_data import WebhookLiveTransportConnectedData


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.webhook_live_transport_connected_data import WebhookLiveTransportConnectedData  # noqa: PLC0415

    globals().update(
        {
            "WebhookLiveTransportConnectedData": WebhookLiveTransportConnectedData,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="WebhookLiveTransportConnected")


@_attrs_define
class WebhookLiveTransportConnected:
    """Sent when a direct Live WebRTC session is created or an Instant Connect session activates. Use its session ID to
    attach a sideband observer.

        Attributes:
            id (str):
            created_at (int):
            data (WebhookLiveTransportConnectedData):
            object_ (WebhookLiveTransportConnectedObject):
            type_ (WebhookLiveTransportConnectedType):
    """

    id: str
    created_at: int
    data: WebhookLiveTransportConnectedData
    object_: WebhookLiveTransportConnectedObject | Literal["event"]
    type_: WebhookLiveTransportConnectedType | Literal["live.transport.connected"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        created_at = self.created_at

        data = self.data.to_dict()

        object_ = str(self.object_)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "data": data,
                "object": object_,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        created_at = d.pop("created_at")

        data = WebhookLiveTransportConnectedData.from_dict(d.pop("data"))

        object_ = WebhookLiveTransportConnectedObject(d.pop("object"))

        type_ = WebhookLiveTransportConnectedType(d.pop("type"))

        webhook_live_transport_connected = cls(
            id=id,
            created_at=created_at,
            data=data,
            object_=object_,
            type_=type_,
        )

        webhook_live_transport_connected.additional_properties = d
        return webhook_live_transport_connected

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

    type: ClassVar[Literal["live.transport.connected"]] = "live.transport.connected"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

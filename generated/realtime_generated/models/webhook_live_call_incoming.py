from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_live_call_incoming_object import WebhookLiveCallIncomingObject
from ..models.webhook_live_call_incoming_type import WebhookLiveCallIncomingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_live_call_incoming_data import WebhookLiveCallIncomingData


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.webhook_live_call_incoming_data import WebhookLiveCallIncomingData  # noqa: PLC0415

    globals().update(
        {
            "WebhookLiveCallIncomingData": WebhookLiveCallIncomingData,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="WebhookLiveCallIncoming")


@_attrs_define
class WebhookLiveCallIncoming:
    """Sent when an incoming API SIP session is available for Live acceptance. The
    same pending session can also emit `realtime.call.incoming`; the first
    successful Realtime or Live accept endpoint selects the runtime surface.

        Attributes:
            created_at (int): The Unix timestamp (in seconds) of when the event was created.
            id (str): The unique ID of the event.
            data (WebhookLiveCallIncomingData): Event data payload.
            type_ (WebhookLiveCallIncomingType): The type of the event. Always `live.call.incoming`.
            object_ (None | Unset | WebhookLiveCallIncomingObject): The object of the event. Always `event`.
    """

    created_at: int
    id: str
    data: WebhookLiveCallIncomingData
    type_: WebhookLiveCallIncomingType | Literal["live.call.incoming"]
    object_: None | Unset | WebhookLiveCallIncomingObject = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        created_at = self.created_at

        id = self.id

        data = self.data.to_dict()

        type_ = str(self.type_)

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, WebhookLiveCallIncomingObject):
            object_ = str(self.object_)
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "data": data,
                "type": type_,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = d.pop("id")

        data = WebhookLiveCallIncomingData.from_dict(d.pop("data"))

        type_ = WebhookLiveCallIncomingType(d.pop("type"))

        object_ = _parse_object_(d.pop("object", UNSET))

        webhook_live_call_incoming = cls(
            created_at=created_at,
            id=id,
            data=data,
            type_=type_,
            object_=object_,
        )

        webhook_live_call_incoming.additional_properties = d
        return webhook_live_call_incoming

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

    type: ClassVar[Literal["live.call.incoming"]] = "live.call.incoming"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_object_(data: object) -> None | Unset | WebhookLiveCallIncomingObject:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        object_type_0 = WebhookLiveCallIncomingObject(data)

        return object_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | WebhookLiveCallIncomingObject, data)

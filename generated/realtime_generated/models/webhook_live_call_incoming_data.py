from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_live_call_incoming_data_sip_media_security import WebhookLiveCallIncomingDataSipMediaSecurity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_live_call_incoming_data_sip_headers_item import WebhookLiveCallIncomingDataSipHeadersItem


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.webhook_live_call_incoming_data_sip_headers_item import WebhookLiveCallIncomingDataSipHeadersItem  # noqa: PLC0415

    globals().update(
        {
            "WebhookLiveCallIncomingDataSipHeadersItem": WebhookLiveCallIncomingDataSipHeadersItem,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="WebhookLiveCallIncomingData")


@_attrs_define
class WebhookLiveCallIncomingData:
    """Event data payload.

    Attributes:
        session_id (str): The Transceiver `rtc_...` ID of the pending SIP session. The same
            value appears as `call_id` in `realtime.call.incoming`.
        sip_headers (list[WebhookLiveCallIncomingDataSipHeadersItem]): Headers from the SIP Invite.
        sip_media_security (None | str | Unset | WebhookLiveCallIncomingDataSipMediaSecurity):
    """

    session_id: str
    sip_headers: list[WebhookLiveCallIncomingDataSipHeadersItem]
    sip_media_security: None | str | Unset | WebhookLiveCallIncomingDataSipMediaSecurity = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        session_id = self.session_id

        sip_headers = []
        for sip_headers_item_data in self.sip_headers:
            sip_headers_item = sip_headers_item_data.to_dict()
            sip_headers.append(sip_headers_item)

        sip_media_security: None | str | Unset
        if isinstance(self.sip_media_security, Unset):
            sip_media_security = UNSET
        elif isinstance(self.sip_media_security, WebhookLiveCallIncomingDataSipMediaSecurity):
            sip_media_security = str(self.sip_media_security)
        else:
            sip_media_security = self.sip_media_security

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "sip_headers": sip_headers,
            }
        )
        if sip_media_security is not UNSET:
            field_dict["sip_media_security"] = sip_media_security

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        session_id = d.pop("session_id")

        sip_headers = []
        _sip_headers = d.pop("sip_headers")
        for sip_headers_item_data in _sip_headers:
            sip_headers_item = WebhookLiveCallIncomingDataSipHeadersItem.from_dict(sip_headers_item_data)

            sip_headers.append(sip_headers_item)

        sip_media_security = _parse_sip_media_security(d.pop("sip_media_security", UNSET))

        webhook_live_call_incoming_data = cls(
            session_id=session_id,
            sip_headers=sip_headers,
            sip_media_security=sip_media_security,
        )

        webhook_live_call_incoming_data.additional_properties = d
        return webhook_live_call_incoming_data

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


def _parse_sip_media_security(data: object) -> None | str | Unset | WebhookLiveCallIncomingDataSipMediaSecurity:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        sip_media_security_type_0 = WebhookLiveCallIncomingDataSipMediaSecurity(data)

        return sip_media_security_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | str | Unset | WebhookLiveCallIncomingDataSipMediaSecurity, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_response_status_details_reason import RealtimeResponseStatusDetailsReason
from ..models.realtime_response_status_details_type import RealtimeResponseStatusDetailsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_status_details_error import RealtimeResponseStatusDetailsError


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_response_status_details_error import RealtimeResponseStatusDetailsError  # noqa: PLC0415

    globals().update(
        {
            "RealtimeResponseStatusDetailsError": RealtimeResponseStatusDetailsError,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeResponseStatusDetails")


@_attrs_define
class RealtimeResponseStatusDetails:
    """Additional details about the status.

    Attributes:
        type_ (None | RealtimeResponseStatusDetailsType | Unset): The type of error that caused the response to fail,
            corresponding
            with the `status` field (`completed`, `cancelled`, `incomplete`,
            `failed`).
        reason (None | RealtimeResponseStatusDetailsReason | Unset): The reason the Response did not complete. For a
            `cancelled` Response,  one of `turn_detected` (the server VAD detected a new start of speech)  or
            `client_cancelled` (the client sent a cancel event). For an  `incomplete` Response, one of `max_output_tokens`
            or `content_filter`  (the server-side safety filter activated and cut off the response).
        error (None | RealtimeResponseStatusDetailsError | Unset): A description of the error that caused the response
            to fail,
            populated when the `status` is `failed`.
    """

    type_: None | RealtimeResponseStatusDetailsType | Unset = UNSET
    reason: None | RealtimeResponseStatusDetailsReason | Unset = UNSET
    error: None | RealtimeResponseStatusDetailsError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeResponseStatusDetailsType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, RealtimeResponseStatusDetailsReason):
            reason = str(self.reason)
        else:
            reason = self.reason

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RealtimeResponseStatusDetailsError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type", UNSET))

        reason = _parse_reason(d.pop("reason", UNSET))

        error = _parse_error(d.pop("error", UNSET))

        realtime_response_status_details = cls(
            type_=type_,
            reason=reason,
            error=error,
        )

        realtime_response_status_details.additional_properties = d
        return realtime_response_status_details

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


def _parse_type_(data: object) -> None | RealtimeResponseStatusDetailsType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeResponseStatusDetailsType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeResponseStatusDetailsType | Unset, data)


def _parse_reason(data: object) -> None | RealtimeResponseStatusDetailsReason | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        reason_type_0 = RealtimeResponseStatusDetailsReason(data)

        return reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeResponseStatusDetailsReason | Unset, data)


def _parse_error(data: object) -> None | RealtimeResponseStatusDetailsError | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = RealtimeResponseStatusDetailsError.from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeResponseStatusDetailsError | Unset, data)

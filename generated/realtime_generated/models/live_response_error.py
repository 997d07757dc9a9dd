from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_error_code import LiveResponseErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_misalignment import LiveMisalignment


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_misalignment import LiveMisalignment  # noqa: PLC0415

    globals().update(
        {
            "LiveMisalignment": LiveMisalignment,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseError")


@_attrs_define
class LiveResponseError:
    """An error object returned when the model fails to generate a Response.

    Attributes:
        code (LiveResponseErrorCode):
        message (str):
        misalignment (LiveMisalignment | None | Unset):
        param (None | str | Unset):
        type_ (None | str | Unset):
    """

    code: LiveResponseErrorCode
    message: str
    misalignment: LiveMisalignment | None | Unset = UNSET
    param: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        code = str(self.code)

        message = self.message

        misalignment: dict[str, Any] | None | Unset
        if isinstance(self.misalignment, Unset):
            misalignment = UNSET
        elif isinstance(self.misalignment, LiveMisalignment):
            misalignment = self.misalignment.to_dict()
        else:
            misalignment = self.misalignment

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if misalignment is not UNSET:
            field_dict["misalignment"] = misalignment
        if param is not UNSET:
            field_dict["param"] = param
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        code = LiveResponseErrorCode(d.pop("code"))

        message = d.pop("message")

        misalignment = _parse_misalignment(d.pop("misalignment", UNSET))

        param = _parse_param(d.pop("param", UNSET))

        type_ = _parse_type_(d.pop("type", UNSET))

        live_response_error = cls(
            code=code,
            message=message,
            misalignment=misalignment,
            param=param,
            type_=type_,
        )

        live_response_error.additional_properties = d
        return live_response_error

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


def _parse_misalignment(data: object) -> LiveMisalignment | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        misalignment_type_0 = LiveMisalignment.from_dict(data)

        return misalignment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveMisalignment | None | Unset, data)


def _parse_param(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_type_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

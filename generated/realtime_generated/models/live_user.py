from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_user_role import LiveUserRole
from ..models.live_user_status import LiveUserStatus
from ..models.live_user_type import LiveUserType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_user_content import LiveUserContent


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_user_content import LiveUserContent  # noqa: PLC0415

    globals().update(
        {
            "LiveUserContent": LiveUserContent,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveUser")


@_attrs_define
class LiveUser:
    """A user message included in the initial text history of a Live session.

    Attributes:
        content (list[LiveUserContent]):
        role (LiveUserRole):
        id (None | str | Unset):
        status (LiveUserStatus | None | Unset):
        type_ (LiveUserType | None | Unset):
    """

    content: list[LiveUserContent]
    role: LiveUserRole | Literal["user"]
    id: None | str | Unset = UNSET
    status: LiveUserStatus | None | Unset = UNSET
    type_: LiveUserType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        role = str(self.role)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveUserStatus):
            status = str(self.status)
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LiveUserType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = LiveUserContent.from_dict(content_item_data)

            content.append(content_item)

        role = LiveUserRole(d.pop("role"))

        id = _parse_id(d.pop("id", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        type_ = _parse_type_(d.pop("type", UNSET))

        live_user = cls(
            content=content,
            role=role,
            id=id,
            status=status,
            type_=type_,
        )

        live_user.additional_properties = d
        return live_user

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

    type: ClassVar[Literal["message"]] = "message"
    """This model's ``type``, as a constant (the optional attrs field ``type_`` holds what was
    sent, UNSET when absent), so unions of models narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_status(data: object) -> LiveUserStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveUserStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveUserStatus | None | Unset, data)


def _parse_type_(data: object) -> LiveUserType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = LiveUserType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        # A `type` constant: another value is another union member (scripts/regen_lib/variants.py).
        raise ValueError(f"type is {data!r}, not this member's")
    return cast(LiveUserType | None | Unset, data)

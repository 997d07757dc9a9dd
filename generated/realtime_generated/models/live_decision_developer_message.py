from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_developer_message_role import LiveDecisionDeveloperMessageRole
from ..models.live_decision_developer_message_type import LiveDecisionDeveloperMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_decision_input_text import LiveDecisionInputText


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_input_text import LiveDecisionInputText  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionInputText": LiveDecisionInputText,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionDeveloperMessage")


@_attrs_define
class LiveDecisionDeveloperMessage:
    """
    Attributes:
        content (list[LiveDecisionInputText] | str):
        role (LiveDecisionDeveloperMessageRole):
        id (None | str | Unset):
        type_ (LiveDecisionDeveloperMessageType | None | Unset):
    """

    content: list[LiveDecisionInputText] | str
    role: LiveDecisionDeveloperMessageRole | Literal["developer"]
    id: None | str | Unset = UNSET
    type_: LiveDecisionDeveloperMessageType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        role = str(self.role)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LiveDecisionDeveloperMessageType):
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
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        content = _parse_content(d.pop("content"))

        role = LiveDecisionDeveloperMessageRole(d.pop("role"))

        id = _parse_id(d.pop("id", UNSET))

        type_ = _parse_type_(d.pop("type", UNSET))

        live_decision_developer_message = cls(
            content=content,
            role=role,
            id=id,
            type_=type_,
        )

        live_decision_developer_message.additional_properties = d
        return live_decision_developer_message

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


def _parse_content(data: object) -> list[LiveDecisionInputText] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        for content_type_1_item_data in _content_type_1:
            content_type_1_item = LiveDecisionInputText.from_dict(content_type_1_item_data)

            content_type_1.append(content_type_1_item)

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveDecisionInputText] | str, data)


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_type_(data: object) -> LiveDecisionDeveloperMessageType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = LiveDecisionDeveloperMessageType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        # A `type` constant: another value is another union member (scripts/regen_lib/variants.py).
        raise ValueError(f"type is {data!r}, not this member's")
    return cast(LiveDecisionDeveloperMessageType | None | Unset, data)

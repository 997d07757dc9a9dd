from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_with_reference_object import RealtimeConversationItemWithReferenceObject
from ..models.realtime_conversation_item_with_reference_role import RealtimeConversationItemWithReferenceRole
from ..models.realtime_conversation_item_with_reference_status import RealtimeConversationItemWithReferenceStatus
from ..models.realtime_conversation_item_with_reference_type import RealtimeConversationItemWithReferenceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeConversationItemWithReferenceContentItem": RealtimeConversationItemWithReferenceContentItem,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeConversationItemWithReference")


@_attrs_define
class RealtimeConversationItemWithReference:
    """The item to add to the conversation.

    Attributes:
        id (None | str | Unset): For an item of type (`message` | `function_call` | `function_call_output`)
            this field allows the client to assign the unique ID of the item. It is
            not required because the server will generate one if not provided.

            For an item of type `item_reference`, this field is required and is a
            reference to any item that has previously existed in the conversation.
        type_ (None | RealtimeConversationItemWithReferenceType | Unset): The type of the item (`message`,
            `function_call`, `function_call_output`, `item_reference`).
        object_ (None | RealtimeConversationItemWithReferenceObject | Unset): Identifier for the API object being
            returned - always `realtime.item`.
        status (None | RealtimeConversationItemWithReferenceStatus | Unset): The status of the item (`completed`,
            `incomplete`, `in_progress`). These have no effect
            on the conversation, but are accepted for consistency with the
            `conversation.item.created` event.
        role (None | RealtimeConversationItemWithReferenceRole | Unset): The role of the message sender (`user`,
            `assistant`, `system`), only
            applicable for `message` items.
        content (list[RealtimeConversationItemWithReferenceContentItem] | None | Unset): The content of the message,
            applicable for `message` items.
            - Message items of role `system` support only `input_text` content
            - Message items of role `user` support `input_text` and `input_audio`
              content
            - Message items of role `assistant` support `text` content.
        call_id (None | str | Unset): The ID of the function call (for `function_call` and
            `function_call_output` items). If passed on a `function_call_output`
            item, the server will check that a `function_call` item with the same
            ID exists in the conversation history.
        name (None | str | Unset): The name of the function being called (for `function_call` items).
        arguments (None | str | Unset): The arguments of the function call (for `function_call` items).
        output (None | str | Unset): The output of the function call (for `function_call_output` items).
    """

    id: None | str | Unset = UNSET
    type_: None | RealtimeConversationItemWithReferenceType | Unset = UNSET
    object_: None | RealtimeConversationItemWithReferenceObject | Unset = UNSET
    status: None | RealtimeConversationItemWithReferenceStatus | Unset = UNSET
    role: None | RealtimeConversationItemWithReferenceRole | Unset = UNSET
    content: list[RealtimeConversationItemWithReferenceContentItem] | None | Unset = UNSET
    call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    arguments: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeConversationItemWithReferenceType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, RealtimeConversationItemWithReferenceObject):
            object_ = str(self.object_)
        else:
            object_ = self.object_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RealtimeConversationItemWithReferenceStatus):
            status = str(self.status)
        else:
            status = self.status

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, RealtimeConversationItemWithReferenceRole):
            role = str(self.role)
        else:
            role = self.role

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = _parse_id(d.pop("id", UNSET))

        type_ = _parse_type_(d.pop("type", UNSET))

        object_ = _parse_object_(d.pop("object", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        role = _parse_role(d.pop("role", UNSET))

        content = _parse_content(d.pop("content", UNSET))

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        name = _parse_name(d.pop("name", UNSET))

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        output = _parse_output(d.pop("output", UNSET))

        realtime_conversation_item_with_reference = cls(
            id=id,
            type_=type_,
            object_=object_,
            status=status,
            role=role,
            content=content,
            call_id=call_id,
            name=name,
            arguments=arguments,
            output=output,
        )

        realtime_conversation_item_with_reference.additional_properties = d
        return realtime_conversation_item_with_reference

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


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_type_(data: object) -> None | RealtimeConversationItemWithReferenceType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeConversationItemWithReferenceType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeConversationItemWithReferenceType | Unset, data)


def _parse_object_(data: object) -> None | RealtimeConversationItemWithReferenceObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        object_type_0 = RealtimeConversationItemWithReferenceObject(data)

        return object_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeConversationItemWithReferenceObject | Unset, data)


def _parse_status(data: object) -> None | RealtimeConversationItemWithReferenceStatus | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = RealtimeConversationItemWithReferenceStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeConversationItemWithReferenceStatus | Unset, data)


def _parse_role(data: object) -> None | RealtimeConversationItemWithReferenceRole | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        role_type_0 = RealtimeConversationItemWithReferenceRole(data)

        return role_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeConversationItemWithReferenceRole | Unset, data)


def _parse_content(data: object) -> list[RealtimeConversationItemWithReferenceContentItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = []
        _content_type_0 = data
        for content_type_0_item_data in _content_type_0:
            content_type_0_item = RealtimeConversationItemWithReferenceContentItem.from_dict(content_type_0_item_data)

            content_type_0.append(content_type_0_item)

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeConversationItemWithReferenceContentItem] | None | Unset, data)


def _parse_call_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_arguments(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_output(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

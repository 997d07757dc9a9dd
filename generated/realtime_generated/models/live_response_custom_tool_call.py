from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_custom_tool_call_type import LiveResponseCustomToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_caller_direct import LiveCallerDirect
    from ..models.live_caller_program import LiveCallerProgram
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_caller_direct import LiveCallerDirect  # noqa: PLC0415
    from ..models.live_caller_program import LiveCallerProgram  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveCallerDirect": LiveCallerDirect,
            "LiveCallerProgram": LiveCallerProgram,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseCustomToolCall")


@_attrs_define
class LiveResponseCustomToolCall:
    """A call to a custom tool created by the model.

    Attributes:
        call_id (str):
        input_ (str):
        name (str):
        type_ (LiveResponseCustomToolCallType):
        id (None | str | Unset):
        async_ (bool | None | Unset):
        caller (LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset):
        namespace (None | str | Unset):
    """

    call_id: str
    input_: str
    name: str
    type_: LiveResponseCustomToolCallType | Literal["custom_tool_call"]
    id: None | str | Unset = UNSET
    async_: bool | None | Unset = UNSET
    caller: LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        call_id = self.call_id

        input_ = self.input_

        name = self.name

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        async_: bool | None | Unset
        if isinstance(self.async_, Unset):
            async_ = UNSET
        else:
            async_ = self.async_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, LiveCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, LiveCallerProgram):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, RealtimeUnknownVariant):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "input": input_,
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if async_ is not UNSET:
            field_dict["async"] = async_
        if caller is not UNSET:
            field_dict["caller"] = caller
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        input_ = d.pop("input")

        name = d.pop("name")

        type_ = LiveResponseCustomToolCallType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        async_ = _parse_async_(d.pop("async", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        live_response_custom_tool_call = cls(
            call_id=call_id,
            input_=input_,
            name=name,
            type_=type_,
            id=id,
            async_=async_,
            caller=caller,
            namespace=namespace,
        )

        live_response_custom_tool_call.additional_properties = d
        return live_response_custom_tool_call

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

    type: ClassVar[Literal["custom_tool_call"]] = "custom_tool_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_async_(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_caller(data: object) -> LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "direct":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_0 = LiveCallerDirect.from_dict(data)

        return caller_type_0
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_1 = LiveCallerProgram.from_dict(data)

        return caller_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        caller_type_3 = RealtimeUnknownVariant.from_dict(data)

        return caller_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset, data)


def _parse_namespace(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

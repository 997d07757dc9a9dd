from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_function_tool_call_output_item_status import LiveResponseFunctionToolCallOutputItemStatus
from ..models.live_response_function_tool_call_output_item_type import LiveResponseFunctionToolCallOutputItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_caller_direct import LiveCallerDirect
    from ..models.live_caller_program import LiveCallerProgram
    from ..models.live_response_input_file import LiveResponseInputFile
    from ..models.live_response_input_image import LiveResponseInputImage
    from ..models.live_response_input_text import LiveResponseInputText
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_caller_direct import LiveCallerDirect  # noqa: PLC0415
    from ..models.live_caller_program import LiveCallerProgram  # noqa: PLC0415
    from ..models.live_response_input_file import LiveResponseInputFile  # noqa: PLC0415
    from ..models.live_response_input_image import LiveResponseInputImage  # noqa: PLC0415
    from ..models.live_response_input_text import LiveResponseInputText  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveCallerDirect": LiveCallerDirect,
            "LiveCallerProgram": LiveCallerProgram,
            "LiveResponseInputFile": LiveResponseInputFile,
            "LiveResponseInputImage": LiveResponseInputImage,
            "LiveResponseInputText": LiveResponseInputText,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseFunctionToolCallOutputItem")


@_attrs_define
class LiveResponseFunctionToolCallOutputItem:
    """
    Attributes:
        id (str):
        output (list[LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant] |
            str):
        status (LiveResponseFunctionToolCallOutputItemStatus):
        type_ (LiveResponseFunctionToolCallOutputItemType):
        call_id (None | str | Unset):
        caller (LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset):
        created_by (None | str | Unset):
        name (None | str | Unset):
        namespace (None | str | Unset):
    """

    id: str
    output: list[LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant] | str
    status: LiveResponseFunctionToolCallOutputItemStatus
    type_: LiveResponseFunctionToolCallOutputItemType | Literal["function_call_output"]
    call_id: None | str | Unset = UNSET
    caller: LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset = UNSET
    created_by: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, LiveResponseInputText):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, LiveResponseInputImage):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, LiveResponseInputFile):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        status = str(self.status)

        type_ = str(self.type_)

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

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

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "output": output,
                "status": status,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        output = _parse_output(d.pop("output"))

        status = LiveResponseFunctionToolCallOutputItemStatus(d.pop("status"))

        type_ = LiveResponseFunctionToolCallOutputItemType(d.pop("type"))

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        name = _parse_name(d.pop("name", UNSET))

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        live_response_function_tool_call_output_item = cls(
            id=id,
            output=output,
            status=status,
            type_=type_,
            call_id=call_id,
            caller=caller,
            created_by=created_by,
            name=name,
            namespace=namespace,
        )

        live_response_function_tool_call_output_item.additional_properties = d
        return live_response_function_tool_call_output_item

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

    type: ClassVar[Literal["function_call_output"]] = "function_call_output"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_output(
    data: object,
) -> list[LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        output_type_1 = []
        _output_type_1 = data
        for output_type_1_item_data in _output_type_1:
            output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

            output_type_1.append(output_type_1_item)

        return output_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant] | str,
        data,
    )


def _parse_output_type_1_item(
    data: object,
) -> LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "input_text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_1_item_type_0 = LiveResponseInputText.from_dict(data)

        return output_type_1_item_type_0
    if isinstance(data, dict) and data.get("type") == "input_image":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_1_item_type_1 = LiveResponseInputImage.from_dict(data)

        return output_type_1_item_type_1
    if isinstance(data, dict) and data.get("type") == "input_file":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_1_item_type_2 = LiveResponseInputFile.from_dict(data)

        return output_type_1_item_type_2
    if not isinstance(data, dict):
        raise TypeError()
    output_type_1_item_type_3 = RealtimeUnknownVariant.from_dict(data)

    return output_type_1_item_type_3


def _parse_call_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


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


def _parse_created_by(data: object) -> None | str | Unset:
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


def _parse_namespace(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

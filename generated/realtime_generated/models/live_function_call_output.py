from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_function_call_output_status import LiveFunctionCallOutputStatus
from ..models.live_function_call_output_type import LiveFunctionCallOutputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_function_call_output_caller_direct import LiveFunctionCallOutputCallerDirect
    from ..models.live_function_call_output_caller_program import LiveFunctionCallOutputCallerProgram
    from ..models.live_response_input_file_content import LiveResponseInputFileContent
    from ..models.live_response_input_image_content import LiveResponseInputImageContent
    from ..models.live_response_input_text_content import LiveResponseInputTextContent
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_function_call_output_caller_direct import LiveFunctionCallOutputCallerDirect  # noqa: PLC0415
    from ..models.live_function_call_output_caller_program import LiveFunctionCallOutputCallerProgram  # noqa: PLC0415
    from ..models.live_response_input_file_content import LiveResponseInputFileContent  # noqa: PLC0415
    from ..models.live_response_input_image_content import LiveResponseInputImageContent  # noqa: PLC0415
    from ..models.live_response_input_text_content import LiveResponseInputTextContent  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveFunctionCallOutputCallerDirect": LiveFunctionCallOutputCallerDirect,
            "LiveFunctionCallOutputCallerProgram": LiveFunctionCallOutputCallerProgram,
            "LiveResponseInputFileContent": LiveResponseInputFileContent,
            "LiveResponseInputImageContent": LiveResponseInputImageContent,
            "LiveResponseInputTextContent": LiveResponseInputTextContent,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveFunctionCallOutput")


@_attrs_define
class LiveFunctionCallOutput:
    """The output of a function tool call.

    Attributes:
        output (list[LiveResponseInputFileContent | LiveResponseInputImageContent | LiveResponseInputTextContent |
            RealtimeUnknownVariant] | str):
        type_ (LiveFunctionCallOutputType):
        id (None | str | Unset):
        call_id (None | str | Unset):
        caller (LiveFunctionCallOutputCallerDirect | LiveFunctionCallOutputCallerProgram | None | RealtimeUnknownVariant
            | Unset):
        name (None | str | Unset):
        namespace (None | str | Unset):
        status (LiveFunctionCallOutputStatus | None | Unset):
    """

    output: (
        list[
            LiveResponseInputFileContent
            | LiveResponseInputImageContent
            | LiveResponseInputTextContent
            | RealtimeUnknownVariant
        ]
        | str
    )
    type_: LiveFunctionCallOutputType | Literal["function_call_output"]
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    caller: (
        LiveFunctionCallOutputCallerDirect | LiveFunctionCallOutputCallerProgram | None | RealtimeUnknownVariant | Unset
    ) = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    status: LiveFunctionCallOutputStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, LiveResponseInputTextContent):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, LiveResponseInputImageContent):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, LiveResponseInputFileContent):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, LiveFunctionCallOutputCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, LiveFunctionCallOutputCallerProgram):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, RealtimeUnknownVariant):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveFunctionCallOutputStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        output = _parse_output(d.pop("output"))

        type_ = LiveFunctionCallOutputType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        name = _parse_name(d.pop("name", UNSET))

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_function_call_output = cls(
            output=output,
            type_=type_,
            id=id,
            call_id=call_id,
            caller=caller,
            name=name,
            namespace=namespace,
            status=status,
        )

        live_function_call_output.additional_properties = d
        return live_function_call_output

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
) -> (
    list[
        LiveResponseInputFileContent
        | LiveResponseInputImageContent
        | LiveResponseInputTextContent
        | RealtimeUnknownVariant
    ]
    | str
):
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
        list[
            LiveResponseInputFileContent
            | LiveResponseInputImageContent
            | LiveResponseInputTextContent
            | RealtimeUnknownVariant
        ]
        | str,
        data,
    )


def _parse_output_type_1_item(
    data: object,
) -> (
    LiveResponseInputFileContent | LiveResponseInputImageContent | LiveResponseInputTextContent | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "input_text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_1_item_type_0 = LiveResponseInputTextContent.from_dict(data)

        return output_type_1_item_type_0
    if isinstance(data, dict) and data.get("type") == "input_image":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_1_item_type_1 = LiveResponseInputImageContent.from_dict(data)

        return output_type_1_item_type_1
    if isinstance(data, dict) and data.get("type") == "input_file":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_1_item_type_2 = LiveResponseInputFileContent.from_dict(data)

        return output_type_1_item_type_2
    if not isinstance(data, dict):
        raise TypeError()
    output_type_1_item_type_3 = RealtimeUnknownVariant.from_dict(data)

    return output_type_1_item_type_3


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_call_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_caller(
    data: object,
) -> LiveFunctionCallOutputCallerDirect | LiveFunctionCallOutputCallerProgram | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "direct":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_0 = LiveFunctionCallOutputCallerDirect.from_dict(data)

        return caller_type_0
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_1 = LiveFunctionCallOutputCallerProgram.from_dict(data)

        return caller_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        caller_type_3 = RealtimeUnknownVariant.from_dict(data)

        return caller_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveFunctionCallOutputCallerDirect
        | LiveFunctionCallOutputCallerProgram
        | None
        | RealtimeUnknownVariant
        | Unset,
        data,
    )


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


def _parse_status(data: object) -> LiveFunctionCallOutputStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveFunctionCallOutputStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveFunctionCallOutputStatus | None | Unset, data)

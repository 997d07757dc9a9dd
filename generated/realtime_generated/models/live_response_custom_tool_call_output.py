from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_custom_tool_call_output_type import LiveResponseCustomToolCallOutputType
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


T = TypeVar("T", bound="LiveResponseCustomToolCallOutput")


@_attrs_define
class LiveResponseCustomToolCallOutput:
    """The output of a custom tool call from your code, being sent back to the model.

    Attributes:
        call_id (str):
        output (list[LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant] |
            str):
        type_ (LiveResponseCustomToolCallOutputType):
        id (None | str | Unset):
        caller (LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset):
    """

    call_id: str
    output: list[LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant] | str
    type_: LiveResponseCustomToolCallOutputType | Literal["custom_tool_call_output"]
    id: None | str | Unset = UNSET
    caller: LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        call_id = self.call_id

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

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        output = _parse_output(d.pop("output"))

        type_ = LiveResponseCustomToolCallOutputType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        live_response_custom_tool_call_output = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            id=id,
            caller=caller,
        )

        live_response_custom_tool_call_output.additional_properties = d
        return live_response_custom_tool_call_output

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

    type: ClassVar[Literal["custom_tool_call_output"]] = "custom_tool_call_output"
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


def _parse_id(data: object) -> None | str | Unset:
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

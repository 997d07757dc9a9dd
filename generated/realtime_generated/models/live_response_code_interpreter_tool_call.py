from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_code_interpreter_tool_call_status import LiveResponseCodeInterpreterToolCallStatus
from ..models.live_response_code_interpreter_tool_call_type import LiveResponseCodeInterpreterToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_output_image import LiveOutputImage
    from ..models.live_output_logs import LiveOutputLogs
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_output_image import LiveOutputImage  # noqa: PLC0415
    from ..models.live_output_logs import LiveOutputLogs  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveOutputImage": LiveOutputImage,
            "LiveOutputLogs": LiveOutputLogs,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseCodeInterpreterToolCall")


@_attrs_define
class LiveResponseCodeInterpreterToolCall:
    """A tool call to run code.

    Attributes:
        id (str):
        container_id (str):
        status (LiveResponseCodeInterpreterToolCallStatus):
        type_ (LiveResponseCodeInterpreterToolCallType):
        code (None | str | Unset):
        outputs (list[LiveOutputImage | LiveOutputLogs | RealtimeUnknownVariant] | None | Unset):
    """

    id: str
    container_id: str
    status: LiveResponseCodeInterpreterToolCallStatus
    type_: LiveResponseCodeInterpreterToolCallType | Literal["code_interpreter_call"]
    code: None | str | Unset = UNSET
    outputs: list[LiveOutputImage | LiveOutputLogs | RealtimeUnknownVariant] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        container_id = self.container_id

        status = str(self.status)

        type_ = str(self.type_)

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item: dict[str, Any]
                if isinstance(outputs_type_0_item_data, LiveOutputLogs):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                elif isinstance(outputs_type_0_item_data, LiveOutputImage):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                else:
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()

                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "container_id": container_id,
                "status": status,
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        container_id = d.pop("container_id")

        status = LiveResponseCodeInterpreterToolCallStatus(d.pop("status"))

        type_ = LiveResponseCodeInterpreterToolCallType(d.pop("type"))

        code = _parse_code(d.pop("code", UNSET))

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        live_response_code_interpreter_tool_call = cls(
            id=id,
            container_id=container_id,
            status=status,
            type_=type_,
            code=code,
            outputs=outputs,
        )

        live_response_code_interpreter_tool_call.additional_properties = d
        return live_response_code_interpreter_tool_call

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

    type: ClassVar[Literal["code_interpreter_call"]] = "code_interpreter_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_code(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_outputs(data: object) -> list[LiveOutputImage | LiveOutputLogs | RealtimeUnknownVariant] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        outputs_type_0 = []
        _outputs_type_0 = data
        for outputs_type_0_item_data in _outputs_type_0:
            outputs_type_0_item = _parse_outputs_type_0_item(outputs_type_0_item_data)

            outputs_type_0.append(outputs_type_0_item)

        return outputs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveOutputImage | LiveOutputLogs | RealtimeUnknownVariant] | None | Unset, data)


def _parse_outputs_type_0_item(data: object) -> LiveOutputImage | LiveOutputLogs | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "logs":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        outputs_type_0_item_type_0 = LiveOutputLogs.from_dict(data)

        return outputs_type_0_item_type_0
    if isinstance(data, dict) and data.get("type") == "image":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        outputs_type_0_item_type_1 = LiveOutputImage.from_dict(data)

        return outputs_type_0_item_type_1
    if not isinstance(data, dict):
        raise TypeError()
    outputs_type_0_item_type_2 = RealtimeUnknownVariant.from_dict(data)

    return outputs_type_0_item_type_2

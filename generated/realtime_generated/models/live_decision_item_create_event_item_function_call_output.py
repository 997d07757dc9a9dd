from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_item_create_event_item_function_call_output_status import (
    LiveDecisionItemCreateEventItemFunctionCallOutputStatus,
)
from ..models.live_decision_item_create_event_item_function_call_output_type import (
    LiveDecisionItemCreateEventItemFunctionCallOutputType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_decision_input_text import LiveDecisionInputText
    from ..models.live_item_function_call_output_output_parts_input_image import (
        LiveItemFunctionCallOutputOutputPartsInputImage,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_input_text import LiveDecisionInputText  # noqa: PLC0415
    from ..models.live_item_function_call_output_output_parts_input_image import (
        LiveItemFunctionCallOutputOutputPartsInputImage,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveDecisionInputText": LiveDecisionInputText,
            "LiveItemFunctionCallOutputOutputPartsInputImage": LiveItemFunctionCallOutputOutputPartsInputImage,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionItemCreateEventItemFunctionCallOutput")


@_attrs_define
class LiveDecisionItemCreateEventItemFunctionCallOutput:
    """
    Attributes:
        call_id (str):
        output (list[LiveDecisionInputText | LiveItemFunctionCallOutputOutputPartsInputImage] | str):
        type_ (LiveDecisionItemCreateEventItemFunctionCallOutputType):
        id (None | str | Unset):
        status (LiveDecisionItemCreateEventItemFunctionCallOutputStatus | None | Unset):
    """

    call_id: str
    output: list[LiveDecisionInputText | LiveItemFunctionCallOutputOutputPartsInputImage] | str
    type_: LiveDecisionItemCreateEventItemFunctionCallOutputType | Literal["function_call_output"]
    id: None | str | Unset = UNSET
    status: LiveDecisionItemCreateEventItemFunctionCallOutputStatus | None | Unset = UNSET
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
                if isinstance(output_type_1_item_data, LiveDecisionInputText):
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveDecisionItemCreateEventItemFunctionCallOutputStatus):
            status = str(self.status)
        else:
            status = self.status

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
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        output = _parse_output(d.pop("output"))

        type_ = LiveDecisionItemCreateEventItemFunctionCallOutputType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_decision_item_create_event_item_function_call_output = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            id=id,
            status=status,
        )

        live_decision_item_create_event_item_function_call_output.additional_properties = d
        return live_decision_item_create_event_item_function_call_output

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


def _parse_output(data: object) -> list[LiveDecisionInputText | LiveItemFunctionCallOutputOutputPartsInputImage] | str:
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
    return cast(list[LiveDecisionInputText | LiveItemFunctionCallOutputOutputPartsInputImage] | str, data)


def _parse_output_type_1_item(data: object) -> LiveDecisionInputText | LiveItemFunctionCallOutputOutputPartsInputImage:
    if isinstance(data, dict) and data.get("type") == "input_text":
        try:
            output_type_1_item_type_0 = LiveDecisionInputText.from_dict(data)

            return output_type_1_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    output_type_1_item_type_1 = LiveItemFunctionCallOutputOutputPartsInputImage.from_dict(data)

    return output_type_1_item_type_1


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_status(data: object) -> LiveDecisionItemCreateEventItemFunctionCallOutputStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveDecisionItemCreateEventItemFunctionCallOutputStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveDecisionItemCreateEventItemFunctionCallOutputStatus | None | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_computer_call_output_status import LiveComputerCallOutputStatus
from ..models.live_computer_call_output_type import LiveComputerCallOutputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_computer_call_output_acknowledged_safety_check import (
        LiveComputerCallOutputAcknowledgedSafetyCheck,
    )
    from ..models.live_response_computer_tool_call_output_screenshot import LiveResponseComputerToolCallOutputScreenshot


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_computer_call_output_acknowledged_safety_check import (
        LiveComputerCallOutputAcknowledgedSafetyCheck,  # noqa: PLC0415
    )
    from ..models.live_response_computer_tool_call_output_screenshot import LiveResponseComputerToolCallOutputScreenshot  # noqa: PLC0415

    globals().update(
        {
            "LiveComputerCallOutputAcknowledgedSafetyCheck": LiveComputerCallOutputAcknowledgedSafetyCheck,
            "LiveResponseComputerToolCallOutputScreenshot": LiveResponseComputerToolCallOutputScreenshot,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveComputerCallOutput")


@_attrs_define
class LiveComputerCallOutput:
    """The output of a computer tool call.

    Attributes:
        call_id (str):
        output (LiveResponseComputerToolCallOutputScreenshot): A computer screenshot image used with the computer use
            tool.
        type_ (LiveComputerCallOutputType):
        id (None | str | Unset):
        acknowledged_safety_checks (list[LiveComputerCallOutputAcknowledgedSafetyCheck] | None | Unset):
        status (LiveComputerCallOutputStatus | None | Unset):
    """

    call_id: str
    output: LiveResponseComputerToolCallOutputScreenshot
    type_: LiveComputerCallOutputType | Literal["computer_call_output"]
    id: None | str | Unset = UNSET
    acknowledged_safety_checks: list[LiveComputerCallOutputAcknowledgedSafetyCheck] | None | Unset = UNSET
    status: LiveComputerCallOutputStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        call_id = self.call_id

        output = self.output.to_dict()

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        acknowledged_safety_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = UNSET
        elif isinstance(self.acknowledged_safety_checks, list):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_type_0_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_type_0_item = acknowledged_safety_checks_type_0_item_data.to_dict()
                acknowledged_safety_checks.append(acknowledged_safety_checks_type_0_item)

        else:
            acknowledged_safety_checks = self.acknowledged_safety_checks

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveComputerCallOutputStatus):
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
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        output = LiveResponseComputerToolCallOutputScreenshot.from_dict(d.pop("output"))

        type_ = LiveComputerCallOutputType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        acknowledged_safety_checks = _parse_acknowledged_safety_checks(d.pop("acknowledged_safety_checks", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_computer_call_output = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )

        live_computer_call_output.additional_properties = d
        return live_computer_call_output

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

    type: ClassVar[Literal["computer_call_output"]] = "computer_call_output"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_acknowledged_safety_checks(
    data: object,
) -> list[LiveComputerCallOutputAcknowledgedSafetyCheck] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        acknowledged_safety_checks_type_0 = []
        _acknowledged_safety_checks_type_0 = data
        for acknowledged_safety_checks_type_0_item_data in _acknowledged_safety_checks_type_0:
            acknowledged_safety_checks_type_0_item = LiveComputerCallOutputAcknowledgedSafetyCheck.from_dict(
                acknowledged_safety_checks_type_0_item_data
            )

            acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

        return acknowledged_safety_checks_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveComputerCallOutputAcknowledgedSafetyCheck] | None | Unset, data)


def _parse_status(data: object) -> LiveComputerCallOutputStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveComputerCallOutputStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveComputerCallOutputStatus | None | Unset, data)

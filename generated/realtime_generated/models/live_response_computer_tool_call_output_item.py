from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_computer_tool_call_output_item_status import LiveResponseComputerToolCallOutputItemStatus
from ..models.live_response_computer_tool_call_output_item_type import LiveResponseComputerToolCallOutputItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_acknowledged_safety_check import LiveAcknowledgedSafetyCheck
    from ..models.live_response_computer_tool_call_output_screenshot import LiveResponseComputerToolCallOutputScreenshot


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_acknowledged_safety_check import LiveAcknowledgedSafetyCheck  # noqa: PLC0415
    from ..models.live_response_computer_tool_call_output_screenshot import LiveResponseComputerToolCallOutputScreenshot  # noqa: PLC0415

    globals().update(
        {
            "LiveAcknowledgedSafetyCheck": LiveAcknowledgedSafetyCheck,
            "LiveResponseComputerToolCallOutputScreenshot": LiveResponseComputerToolCallOutputScreenshot,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseComputerToolCallOutputItem")


@_attrs_define
class LiveResponseComputerToolCallOutputItem:
    """
    Attributes:
        id (str):
        call_id (str):
        output (LiveResponseComputerToolCallOutputScreenshot): A computer screenshot image used with the computer use
            tool.
        status (LiveResponseComputerToolCallOutputItemStatus):
        type_ (LiveResponseComputerToolCallOutputItemType):
        acknowledged_safety_checks (list[LiveAcknowledgedSafetyCheck] | None | Unset):
        created_by (None | str | Unset):
    """

    id: str
    call_id: str
    output: LiveResponseComputerToolCallOutputScreenshot
    status: LiveResponseComputerToolCallOutputItemStatus
    type_: LiveResponseComputerToolCallOutputItemType | Literal["computer_call_output"]
    acknowledged_safety_checks: list[LiveAcknowledgedSafetyCheck] | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        call_id = self.call_id

        output = self.output.to_dict()

        status = str(self.status)

        type_ = str(self.type_)

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

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "output": output,
                "status": status,
                "type": type_,
            }
        )
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("call_id")

        output = LiveResponseComputerToolCallOutputScreenshot.from_dict(d.pop("output"))

        status = LiveResponseComputerToolCallOutputItemStatus(d.pop("status"))

        type_ = LiveResponseComputerToolCallOutputItemType(d.pop("type"))

        acknowledged_safety_checks = _parse_acknowledged_safety_checks(d.pop("acknowledged_safety_checks", UNSET))

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        live_response_computer_tool_call_output_item = cls(
            id=id,
            call_id=call_id,
            output=output,
            status=status,
            type_=type_,
            acknowledged_safety_checks=acknowledged_safety_checks,
            created_by=created_by,
        )

        live_response_computer_tool_call_output_item.additional_properties = d
        return live_response_computer_tool_call_output_item

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


def _parse_acknowledged_safety_checks(data: object) -> list[LiveAcknowledgedSafetyCheck] | None | Unset:
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
            acknowledged_safety_checks_type_0_item = LiveAcknowledgedSafetyCheck.from_dict(
                acknowledged_safety_checks_type_0_item_data
            )

            acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

        return acknowledged_safety_checks_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveAcknowledgedSafetyCheck] | None | Unset, data)


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_shell_call_output_content_done_event_type import (
    LiveResponseShellCallOutputContentDoneEventType,
)

if TYPE_CHECKING:
    from ..models.live_output import LiveOutput


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_output import LiveOutput  # noqa: PLC0415

    globals().update(
        {
            "LiveOutput": LiveOutput,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseShellCallOutputContentDoneEvent")


@_attrs_define
class LiveResponseShellCallOutputContentDoneEvent:
    """A streaming event that indicated shell call output was completed.

    Attributes:
        command_index (int):
        item_id (str):
        output (list[LiveOutput]):
        output_index (int):
        sequence_number (int):
        type_ (LiveResponseShellCallOutputContentDoneEventType):
    """

    command_index: int
    item_id: str
    output: list[LiveOutput]
    output_index: int
    sequence_number: int
    type_: LiveResponseShellCallOutputContentDoneEventType | Literal["response.shell_call_output_content.done"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        command_index = self.command_index

        item_id = self.item_id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        output_index = self.output_index

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_index": command_index,
                "item_id": item_id,
                "output": output,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        command_index = d.pop("command_index")

        item_id = d.pop("item_id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = LiveOutput.from_dict(output_item_data)

            output.append(output_item)

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseShellCallOutputContentDoneEventType(d.pop("type"))

        live_response_shell_call_output_content_done_event = cls(
            command_index=command_index,
            item_id=item_id,
            output=output,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        live_response_shell_call_output_content_done_event.additional_properties = d
        return live_response_shell_call_output_content_done_event

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

    type: ClassVar[Literal["response.shell_call_output_content.done"]] = "response.shell_call_output_content.done"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_failed_event_type import LiveResponseFailedEventType

if TYPE_CHECKING:
    from ..models.live_response import LiveResponse


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response import LiveResponse  # noqa: PLC0415

    globals().update(
        {
            "LiveResponse": LiveResponse,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseFailedEvent")


@_attrs_define
class LiveResponseFailedEvent:
    """An event that is emitted when a response fails.

    Attributes:
        response (LiveResponse):
        sequence_number (int):
        type_ (LiveResponseFailedEventType):
    """

    response: LiveResponse
    sequence_number: int
    type_: LiveResponseFailedEventType | Literal["response.failed"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        response = self.response.to_dict()

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
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
        response = LiveResponse.from_dict(d.pop("response"))

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseFailedEventType(d.pop("type"))

        live_response_failed_event = cls(
            response=response,
            sequence_number=sequence_number,
            type_=type_,
        )

        live_response_failed_event.additional_properties = d
        return live_response_failed_event

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

    type: ClassVar[Literal["response.failed"]] = "response.failed"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

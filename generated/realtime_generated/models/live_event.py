from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_event_type import LiveEventType

if TYPE_CHECKING:
    from ..models.live_decision import LiveDecision


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision import LiveDecision  # noqa: PLC0415

    globals().update(
        {
            "LiveDecision": LiveDecision,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveEvent")


@_attrs_define
class LiveEvent:
    """
    Attributes:
        decision (LiveDecision):
        type_ (LiveEventType):
    """

    decision: LiveDecision
    type_: LiveEventType | Literal["decision.completed"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        decision = self.decision.to_dict()

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision": decision,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        decision = LiveDecision.from_dict(d.pop("decision"))

        type_ = LiveEventType(d.pop("type"))

        live_event = cls(
            decision=decision,
            type_=type_,
        )

        live_event.additional_properties = d
        return live_event

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

    type: ClassVar[Literal["decision.completed"]] = "decision.completed"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

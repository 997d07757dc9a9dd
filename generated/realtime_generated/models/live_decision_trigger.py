from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_trigger_event_type import LiveDecisionTriggerEventType
from ..models.live_decision_trigger_type import LiveDecisionTriggerType

if TYPE_CHECKING:
    from ..models.live_decision_trigger_decisions import LiveDecisionTriggerDecisions


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_trigger_decisions import LiveDecisionTriggerDecisions  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionTriggerDecisions": LiveDecisionTriggerDecisions,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionTrigger")


@_attrs_define
class LiveDecisionTrigger:
    """
    Attributes:
        decisions (LiveDecisionTriggerDecisions): Questions evaluated using the current transcript and the session's
            shared Decision items.
        event_type (LiveDecisionTriggerEventType):
        type_ (LiveDecisionTriggerType):
    """

    decisions: LiveDecisionTriggerDecisions
    event_type: LiveDecisionTriggerEventType
    type_: LiveDecisionTriggerType | Literal["decisions"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        decisions = self.decisions.to_dict()

        event_type = str(self.event_type)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decisions": decisions,
                "event_type": event_type,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        decisions = LiveDecisionTriggerDecisions.from_dict(d.pop("decisions"))

        event_type = LiveDecisionTriggerEventType(d.pop("event_type"))

        type_ = LiveDecisionTriggerType(d.pop("type"))

        live_decision_trigger = cls(
            decisions=decisions,
            event_type=event_type,
            type_=type_,
        )

        live_decision_trigger.additional_properties = d
        return live_decision_trigger

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

    type: ClassVar[Literal["decisions"]] = "decisions"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

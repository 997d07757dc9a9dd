from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_session_update_config_delegation_decisions_type import LiveSessionUpdateConfigDelegationDecisionsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_decisions_delegation_update_config import LiveDecisionsDelegationUpdateConfig


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decisions_delegation_update_config import LiveDecisionsDelegationUpdateConfig  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionsDelegationUpdateConfig": LiveDecisionsDelegationUpdateConfig,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionUpdateConfigDelegationDecisions")


@_attrs_define
class LiveSessionUpdateConfigDelegationDecisions:
    """
    Attributes:
        type_ (LiveSessionUpdateConfigDelegationDecisionsType):
        acknowledgement_delay_ms (int | None | Unset):
        decisions (LiveDecisionsDelegationUpdateConfig | None | Unset):
    """

    type_: LiveSessionUpdateConfigDelegationDecisionsType | Literal["decisions"]
    acknowledgement_delay_ms: int | None | Unset = UNSET
    decisions: LiveDecisionsDelegationUpdateConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        acknowledgement_delay_ms: int | None | Unset
        if isinstance(self.acknowledgement_delay_ms, Unset):
            acknowledgement_delay_ms = UNSET
        else:
            acknowledgement_delay_ms = self.acknowledgement_delay_ms

        decisions: dict[str, Any] | None | Unset
        if isinstance(self.decisions, Unset):
            decisions = UNSET
        elif isinstance(self.decisions, LiveDecisionsDelegationUpdateConfig):
            decisions = self.decisions.to_dict()
        else:
            decisions = self.decisions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if acknowledgement_delay_ms is not UNSET:
            field_dict["acknowledgement_delay_ms"] = acknowledgement_delay_ms
        if decisions is not UNSET:
            field_dict["decisions"] = decisions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveSessionUpdateConfigDelegationDecisionsType(d.pop("type"))

        acknowledgement_delay_ms = _parse_acknowledgement_delay_ms(d.pop("acknowledgement_delay_ms", UNSET))

        decisions = _parse_decisions(d.pop("decisions", UNSET))

        live_session_update_config_delegation_decisions = cls(
            type_=type_,
            acknowledgement_delay_ms=acknowledgement_delay_ms,
            decisions=decisions,
        )

        live_session_update_config_delegation_decisions.additional_properties = d
        return live_session_update_config_delegation_decisions

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


def _parse_acknowledgement_delay_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_decisions(data: object) -> LiveDecisionsDelegationUpdateConfig | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        decisions_type_0 = LiveDecisionsDelegationUpdateConfig.from_dict(data)

        return decisions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveDecisionsDelegationUpdateConfig | None | Unset, data)

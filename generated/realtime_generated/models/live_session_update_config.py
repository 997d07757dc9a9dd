from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_client_delegation import LiveClientDelegation
    from ..models.live_decision_trigger import LiveDecisionTrigger
    from ..models.live_session_update_config_delegation_decisions import LiveSessionUpdateConfigDelegationDecisions
    from ..models.live_session_update_config_delegation_responses import LiveSessionUpdateConfigDelegationResponses


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_client_delegation import LiveClientDelegation  # noqa: PLC0415
    from ..models.live_decision_trigger import LiveDecisionTrigger  # noqa: PLC0415
    from ..models.live_session_update_config_delegation_decisions import LiveSessionUpdateConfigDelegationDecisions  # noqa: PLC0415
    from ..models.live_session_update_config_delegation_responses import LiveSessionUpdateConfigDelegationResponses  # noqa: PLC0415

    globals().update(
        {
            "LiveClientDelegation": LiveClientDelegation,
            "LiveDecisionTrigger": LiveDecisionTrigger,
            "LiveSessionUpdateConfigDelegationDecisions": LiveSessionUpdateConfigDelegationDecisions,
            "LiveSessionUpdateConfigDelegationResponses": LiveSessionUpdateConfigDelegationResponses,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionUpdateConfig")


@_attrs_define
class LiveSessionUpdateConfig:
    """Changes to an active Live session's delegation settings and transcript triggers.

    Attributes:
        delegation (LiveClientDelegation | LiveSessionUpdateConfigDelegationDecisions |
            LiveSessionUpdateConfigDelegationResponses | None | Unset):
        triggers (list[LiveDecisionTrigger] | None | Unset):
    """

    delegation: (
        LiveClientDelegation
        | LiveSessionUpdateConfigDelegationDecisions
        | LiveSessionUpdateConfigDelegationResponses
        | None
        | Unset
    ) = UNSET
    triggers: list[LiveDecisionTrigger] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        delegation: dict[str, Any] | None | Unset
        if isinstance(self.delegation, Unset):
            delegation = UNSET
        elif isinstance(self.delegation, LiveClientDelegation):
            delegation = self.delegation.to_dict()
        elif isinstance(self.delegation, LiveSessionUpdateConfigDelegationResponses):
            delegation = self.delegation.to_dict()
        elif isinstance(self.delegation, LiveSessionUpdateConfigDelegationDecisions):
            delegation = self.delegation.to_dict()
        else:
            delegation = self.delegation

        triggers: list[dict[str, Any]] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, list):
            triggers = []
            for triggers_type_0_item_data in self.triggers:
                triggers_type_0_item = triggers_type_0_item_data.to_dict()
                triggers.append(triggers_type_0_item)

        else:
            triggers = self.triggers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delegation is not UNSET:
            field_dict["delegation"] = delegation
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        delegation = _parse_delegation(d.pop("delegation", UNSET))

        triggers = _parse_triggers(d.pop("triggers", UNSET))

        live_session_update_config = cls(
            delegation=delegation,
            triggers=triggers,
        )

        live_session_update_config.additional_properties = d
        return live_session_update_config

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


def _parse_delegation(
    data: object,
) -> (
    LiveClientDelegation
    | LiveSessionUpdateConfigDelegationDecisions
    | LiveSessionUpdateConfigDelegationResponses
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "client":
        try:
            delegation_type_0 = LiveClientDelegation.from_dict(data)

            return delegation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "responses":
        try:
            delegation_type_1 = LiveSessionUpdateConfigDelegationResponses.from_dict(data)

            return delegation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "decisions":
        try:
            delegation_type_2 = LiveSessionUpdateConfigDelegationDecisions.from_dict(data)

            return delegation_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        LiveClientDelegation
        | LiveSessionUpdateConfigDelegationDecisions
        | LiveSessionUpdateConfigDelegationResponses
        | None
        | Unset,
        data,
    )


def _parse_triggers(data: object) -> list[LiveDecisionTrigger] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        triggers_type_0 = []
        _triggers_type_0 = data
        for triggers_type_0_item_data in _triggers_type_0:
            triggers_type_0_item = LiveDecisionTrigger.from_dict(triggers_type_0_item_data)

            triggers_type_0.append(triggers_type_0_item)

        return triggers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveDecisionTrigger] | None | Unset, data)

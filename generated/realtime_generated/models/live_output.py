from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_output_outcome_exit import LiveOutputOutcomeExit
    from ..models.live_output_outcome_timeout import LiveOutputOutcomeTimeout
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_output_outcome_exit import LiveOutputOutcomeExit  # noqa: PLC0415
    from ..models.live_output_outcome_timeout import LiveOutputOutcomeTimeout  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveOutputOutcomeExit": LiveOutputOutcomeExit,
            "LiveOutputOutcomeTimeout": LiveOutputOutcomeTimeout,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveOutput")


@_attrs_define
class LiveOutput:
    """The content of a shell tool call output that was emitted.

    Attributes:
        outcome (LiveOutputOutcomeExit | LiveOutputOutcomeTimeout | RealtimeUnknownVariant):
        stderr (str):
        stdout (str):
        created_by (None | str | Unset):
    """

    outcome: LiveOutputOutcomeExit | LiveOutputOutcomeTimeout | RealtimeUnknownVariant
    stderr: str
    stdout: str
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        outcome: dict[str, Any]
        if isinstance(self.outcome, LiveOutputOutcomeTimeout):
            outcome = self.outcome.to_dict()
        elif isinstance(self.outcome, LiveOutputOutcomeExit):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome.to_dict()

        stderr = self.stderr

        stdout = self.stdout

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "stderr": stderr,
                "stdout": stdout,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        outcome = _parse_outcome(d.pop("outcome"))

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        live_output = cls(
            outcome=outcome,
            stderr=stderr,
            stdout=stdout,
            created_by=created_by,
        )

        live_output.additional_properties = d
        return live_output

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


def _parse_outcome(data: object) -> LiveOutputOutcomeExit | LiveOutputOutcomeTimeout | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "timeout":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        outcome_type_0 = LiveOutputOutcomeTimeout.from_dict(data)

        return outcome_type_0
    if isinstance(data, dict) and data.get("type") == "exit":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        outcome_type_1 = LiveOutputOutcomeExit.from_dict(data)

        return outcome_type_1
    if not isinstance(data, dict):
        raise TypeError()
    outcome_type_2 = RealtimeUnknownVariant.from_dict(data)

    return outcome_type_2


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)

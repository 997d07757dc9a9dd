from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_outcome_exit import LiveOutcomeExit
    from ..models.live_outcome_timeout import LiveOutcomeTimeout
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_outcome_exit import LiveOutcomeExit  # noqa: PLC0415
    from ..models.live_outcome_timeout import LiveOutcomeTimeout  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveOutcomeExit": LiveOutcomeExit,
            "LiveOutcomeTimeout": LiveOutcomeTimeout,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseFunctionShellCallOutputContent")


@_attrs_define
class LiveResponseFunctionShellCallOutputContent:
    """Captured stdout and stderr for a portion of a shell tool call output.

    Attributes:
        outcome (LiveOutcomeExit | LiveOutcomeTimeout | RealtimeUnknownVariant):
        stderr (str):
        stdout (str):
    """

    outcome: LiveOutcomeExit | LiveOutcomeTimeout | RealtimeUnknownVariant
    stderr: str
    stdout: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        outcome: dict[str, Any]
        if isinstance(self.outcome, LiveOutcomeTimeout):
            outcome = self.outcome.to_dict()
        elif isinstance(self.outcome, LiveOutcomeExit):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome.to_dict()

        stderr = self.stderr

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "stderr": stderr,
                "stdout": stdout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        outcome = _parse_outcome(d.pop("outcome"))

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        live_response_function_shell_call_output_content = cls(
            outcome=outcome,
            stderr=stderr,
            stdout=stdout,
        )

        live_response_function_shell_call_output_content.additional_properties = d
        return live_response_function_shell_call_output_content

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


def _parse_outcome(data: object) -> LiveOutcomeExit | LiveOutcomeTimeout | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "timeout":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        outcome_type_0 = LiveOutcomeTimeout.from_dict(data)

        return outcome_type_0
    if isinstance(data, dict) and data.get("type") == "exit":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        outcome_type_1 = LiveOutcomeExit.from_dict(data)

        return outcome_type_1
    if not isinstance(data, dict):
        raise TypeError()
    outcome_type_2 = RealtimeUnknownVariant.from_dict(data)

    return outcome_type_2

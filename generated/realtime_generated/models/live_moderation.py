from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_moderation_input_error import LiveModerationInputError
    from ..models.live_moderation_input_moderation_result import LiveModerationInputModerationResult
    from ..models.live_moderation_output_error import LiveModerationOutputError
    from ..models.live_moderation_output_moderation_result import LiveModerationOutputModerationResult
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_moderation_input_error import LiveModerationInputError  # noqa: PLC0415
    from ..models.live_moderation_input_moderation_result import LiveModerationInputModerationResult  # noqa: PLC0415
    from ..models.live_moderation_output_error import LiveModerationOutputError  # noqa: PLC0415
    from ..models.live_moderation_output_moderation_result import LiveModerationOutputModerationResult  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveModerationInputError": LiveModerationInputError,
            "LiveModerationInputModerationResult": LiveModerationInputModerationResult,
            "LiveModerationOutputError": LiveModerationOutputError,
            "LiveModerationOutputModerationResult": LiveModerationOutputModerationResult,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveModeration")


@_attrs_define
class LiveModeration:
    """Moderation results for the response input and output, if moderated completions were requested.

    Attributes:
        input_ (LiveModerationInputError | LiveModerationInputModerationResult | RealtimeUnknownVariant):
        output (LiveModerationOutputError | LiveModerationOutputModerationResult | RealtimeUnknownVariant):
    """

    input_: LiveModerationInputError | LiveModerationInputModerationResult | RealtimeUnknownVariant
    output: LiveModerationOutputError | LiveModerationOutputModerationResult | RealtimeUnknownVariant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        input_: dict[str, Any]
        if isinstance(self.input_, LiveModerationInputModerationResult):
            input_ = self.input_.to_dict()
        elif isinstance(self.input_, LiveModerationInputError):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_.to_dict()

        output: dict[str, Any]
        if isinstance(self.output, LiveModerationOutputModerationResult):
            output = self.output.to_dict()
        elif isinstance(self.output, LiveModerationOutputError):
            output = self.output.to_dict()
        else:
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        input_ = _parse_input_(d.pop("input"))

        output = _parse_output(d.pop("output"))

        live_moderation = cls(
            input_=input_,
            output=output,
        )

        live_moderation.additional_properties = d
        return live_moderation

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


def _parse_input_(
    data: object,
) -> LiveModerationInputError | LiveModerationInputModerationResult | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "moderation_result":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        input_type_0 = LiveModerationInputModerationResult.from_dict(data)

        return input_type_0
    if isinstance(data, dict) and data.get("type") == "error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        input_type_1 = LiveModerationInputError.from_dict(data)

        return input_type_1
    if not isinstance(data, dict):
        raise TypeError()
    input_type_2 = RealtimeUnknownVariant.from_dict(data)

    return input_type_2


def _parse_output(
    data: object,
) -> LiveModerationOutputError | LiveModerationOutputModerationResult | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "moderation_result":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0 = LiveModerationOutputModerationResult.from_dict(data)

        return output_type_0
    if isinstance(data, dict) and data.get("type") == "error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_1 = LiveModerationOutputError.from_dict(data)

        return output_type_1
    if not isinstance(data, dict):
        raise TypeError()
    output_type_2 = RealtimeUnknownVariant.from_dict(data)

    return output_type_2

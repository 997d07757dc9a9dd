from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_input_tokens_details import LiveInputTokensDetails
    from ..models.live_output_tokens_details import LiveOutputTokensDetails


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_input_tokens_details import LiveInputTokensDetails  # noqa: PLC0415
    from ..models.live_output_tokens_details import LiveOutputTokensDetails  # noqa: PLC0415

    globals().update(
        {
            "LiveInputTokensDetails": LiveInputTokensDetails,
            "LiveOutputTokensDetails": LiveOutputTokensDetails,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseUsage")


@_attrs_define
class LiveResponseUsage:
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.

        Attributes:
            input_tokens (int):
            input_tokens_details (LiveInputTokensDetails): A detailed breakdown of the input tokens.
            output_tokens (int):
            output_tokens_details (LiveOutputTokensDetails): A detailed breakdown of the output tokens.
            total_tokens (int):
    """

    input_tokens: int
    input_tokens_details: LiveInputTokensDetails
    output_tokens: int
    output_tokens_details: LiveOutputTokensDetails
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        input_tokens = self.input_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens = self.output_tokens

        output_tokens_details = self.output_tokens_details.to_dict()

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "input_tokens_details": input_tokens_details,
                "output_tokens": output_tokens,
                "output_tokens_details": output_tokens_details,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        input_tokens_details = LiveInputTokensDetails.from_dict(d.pop("input_tokens_details"))

        output_tokens = d.pop("output_tokens")

        output_tokens_details = LiveOutputTokensDetails.from_dict(d.pop("output_tokens_details"))

        total_tokens = d.pop("total_tokens")

        live_response_usage = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
        )

        live_response_usage.additional_properties = d
        return live_response_usage

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

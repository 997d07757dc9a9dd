from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_text_usage_tokens_type import TranscriptTextUsageTokensType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript_text_usage_tokens_input_token_details import TranscriptTextUsageTokensInputTokenDetails


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.transcript_text_usage_tokens_input_token_details import TranscriptTextUsageTokensInputTokenDetails  # noqa: PLC0415

    globals().update(
        {
            "TranscriptTextUsageTokensInputTokenDetails": TranscriptTextUsageTokensInputTokenDetails,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="TranscriptTextUsageTokens")


@_attrs_define
class TranscriptTextUsageTokens:
    """Usage statistics for models billed by token usage.

    Attributes:
        type_ (TranscriptTextUsageTokensType): The type of the usage object. Always `tokens` for this variant.
        input_tokens (int): Number of input tokens billed for this request.
        output_tokens (int): Number of output tokens generated.
        total_tokens (int): Total number of tokens used (input + output).
        input_token_details (None | TranscriptTextUsageTokensInputTokenDetails | Unset): Details about the input tokens
            billed for this request.
    """

    type_: TranscriptTextUsageTokensType | Literal["tokens"]
    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_token_details: None | TranscriptTextUsageTokensInputTokenDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_token_details: dict[str, Any] | None | Unset
        if isinstance(self.input_token_details, Unset):
            input_token_details = UNSET
        elif isinstance(self.input_token_details, TranscriptTextUsageTokensInputTokenDetails):
            input_token_details = self.input_token_details.to_dict()
        else:
            input_token_details = self.input_token_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = TranscriptTextUsageTokensType(d.pop("type"))

        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        total_tokens = d.pop("total_tokens")

        input_token_details = _parse_input_token_details(d.pop("input_token_details", UNSET))

        transcript_text_usage_tokens = cls(
            type_=type_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_token_details=input_token_details,
        )

        transcript_text_usage_tokens.additional_properties = d
        return transcript_text_usage_tokens

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

    type: ClassVar[Literal["tokens"]] = "tokens"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_input_token_details(data: object) -> None | TranscriptTextUsageTokensInputTokenDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_token_details_type_0 = TranscriptTextUsageTokensInputTokenDetails.from_dict(data)

        return input_token_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TranscriptTextUsageTokensInputTokenDetails | Unset, data)

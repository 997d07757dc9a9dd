from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_truncation_retention_ratio_truncation_type import RealtimeTruncationRetentionRatioTruncationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeTruncationRetentionRatioTruncationTokenLimits": RealtimeTruncationRetentionRatioTruncationTokenLimits,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTruncationRetentionRatioTruncation")


@_attrs_define
class RealtimeTruncationRetentionRatioTruncation:
    """Retain a fraction of the conversation tokens when the conversation exceeds the input token limit. This allows you to
    amortize truncations across multiple turns, which can help improve cached token usage.

        Attributes:
            type_ (RealtimeTruncationRetentionRatioTruncationType): Use retention ratio truncation.
            retention_ratio (float): Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the
                conversation exceeds the input token limit. Setting this to `0.8` means that messages will be dropped until 80%
                of the maximum allowed tokens are used. This helps reduce the frequency of truncations and improve cache rates.
            token_limits (None | RealtimeTruncationRetentionRatioTruncationTokenLimits | Unset): Optional custom token
                limits for this truncation strategy. If not provided, the model's default token limits will be used.
    """

    type_: RealtimeTruncationRetentionRatioTruncationType | Literal["retention_ratio"]
    retention_ratio: float
    token_limits: None | RealtimeTruncationRetentionRatioTruncationTokenLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        retention_ratio = self.retention_ratio

        token_limits: dict[str, Any] | None | Unset
        if isinstance(self.token_limits, Unset):
            token_limits = UNSET
        elif isinstance(self.token_limits, RealtimeTruncationRetentionRatioTruncationTokenLimits):
            token_limits = self.token_limits.to_dict()
        else:
            token_limits = self.token_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "retention_ratio": retention_ratio,
            }
        )
        if token_limits is not UNSET:
            field_dict["token_limits"] = token_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeTruncationRetentionRatioTruncationType(d.pop("type"))

        retention_ratio = d.pop("retention_ratio")

        token_limits = _parse_token_limits(d.pop("token_limits", UNSET))

        realtime_truncation_retention_ratio_truncation = cls(
            type_=type_,
            retention_ratio=retention_ratio,
            token_limits=token_limits,
        )

        realtime_truncation_retention_ratio_truncation.additional_properties = d
        return realtime_truncation_retention_ratio_truncation

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

    type: ClassVar[Literal["retention_ratio"]] = "retention_ratio"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_token_limits(data: object) -> None | RealtimeTruncationRetentionRatioTruncationTokenLimits | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        token_limits_type_0 = RealtimeTruncationRetentionRatioTruncationTokenLimits.from_dict(data)

        return token_limits_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTruncationRetentionRatioTruncationTokenLimits | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "retention_ratio": {"minimum": 0, "maximum": 1},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""

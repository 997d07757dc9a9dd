from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_misalignment_error_type import LiveMisalignmentErrorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_misalignment_steer import LiveMisalignmentSteer


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_misalignment_steer import LiveMisalignmentSteer  # noqa: PLC0415

    globals().update(
        {
            "LiveMisalignmentSteer": LiveMisalignmentSteer,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveMisalignment")


@_attrs_define
class LiveMisalignment:
    """
    Attributes:
        detailed_explanation (None | str | Unset):
        error_type (LiveMisalignmentErrorType | None | str | Unset):
        review_target (None | str | Unset):
        steer (LiveMisalignmentSteer | None | Unset):
    """

    detailed_explanation: None | str | Unset = UNSET
    error_type: LiveMisalignmentErrorType | None | str | Unset = UNSET
    review_target: None | str | Unset = UNSET
    steer: LiveMisalignmentSteer | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        detailed_explanation: None | str | Unset
        if isinstance(self.detailed_explanation, Unset):
            detailed_explanation = UNSET
        else:
            detailed_explanation = self.detailed_explanation

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        elif isinstance(self.error_type, LiveMisalignmentErrorType):
            error_type = str(self.error_type)
        else:
            error_type = self.error_type

        review_target: None | str | Unset
        if isinstance(self.review_target, Unset):
            review_target = UNSET
        else:
            review_target = self.review_target

        steer: dict[str, Any] | None | Unset
        if isinstance(self.steer, Unset):
            steer = UNSET
        elif isinstance(self.steer, LiveMisalignmentSteer):
            steer = self.steer.to_dict()
        else:
            steer = self.steer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detailed_explanation is not UNSET:
            field_dict["detailed_explanation"] = detailed_explanation
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if review_target is not UNSET:
            field_dict["review_target"] = review_target
        if steer is not UNSET:
            field_dict["steer"] = steer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        detailed_explanation = _parse_detailed_explanation(d.pop("detailed_explanation", UNSET))

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        review_target = _parse_review_target(d.pop("review_target", UNSET))

        steer = _parse_steer(d.pop("steer", UNSET))

        live_misalignment = cls(
            detailed_explanation=detailed_explanation,
            error_type=error_type,
            review_target=review_target,
            steer=steer,
        )

        live_misalignment.additional_properties = d
        return live_misalignment

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


def _parse_detailed_explanation(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_error_type(data: object) -> LiveMisalignmentErrorType | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        error_type_type_1 = LiveMisalignmentErrorType(data)

        return error_type_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveMisalignmentErrorType | None | str | Unset, data)


def _parse_review_target(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_steer(data: object) -> LiveMisalignmentSteer | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        steer_type_0 = LiveMisalignmentSteer.from_dict(data)

        return steer_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveMisalignmentSteer | None | Unset, data)

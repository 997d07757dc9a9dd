from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_moderation_input_moderation_result_type import LiveModerationInputModerationResultType

if TYPE_CHECKING:
    from ..models.live_moderation_input_moderation_result_categories import (
        LiveModerationInputModerationResultCategories,
    )
    from ..models.live_moderation_input_moderation_result_category_applied_input_types import (
        LiveModerationInputModerationResultCategoryAppliedInputTypes,
    )
    from ..models.live_moderation_input_moderation_result_category_scores import (
        LiveModerationInputModerationResultCategoryScores,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_moderation_input_moderation_result_categories import (
        LiveModerationInputModerationResultCategories,  # noqa: PLC0415
    )
    from ..models.live_moderation_input_moderation_result_category_applied_input_types import (
        LiveModerationInputModerationResultCategoryAppliedInputTypes,  # noqa: PLC0415
    )
    from ..models.live_moderation_input_moderation_result_category_scores import (
        LiveModerationInputModerationResultCategoryScores,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveModerationInputModerationResultCategories": LiveModerationInputModerationResultCategories,
            "LiveModerationInputModerationResultCategoryAppliedInputTypes": LiveModerationInputModerationResultCategoryAppliedInputTypes,
            "LiveModerationInputModerationResultCategoryScores": LiveModerationInputModerationResultCategoryScores,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveModerationInputModerationResult")


@_attrs_define
class LiveModerationInputModerationResult:
    """A moderation result produced for the response input or output.

    Attributes:
        categories (LiveModerationInputModerationResultCategories):
        category_applied_input_types (LiveModerationInputModerationResultCategoryAppliedInputTypes):
        category_scores (LiveModerationInputModerationResultCategoryScores):
        flagged (bool):
        model (str):
        type_ (LiveModerationInputModerationResultType):
    """

    categories: LiveModerationInputModerationResultCategories
    category_applied_input_types: LiveModerationInputModerationResultCategoryAppliedInputTypes
    category_scores: LiveModerationInputModerationResultCategoryScores
    flagged: bool
    model: str
    type_: LiveModerationInputModerationResultType | Literal["moderation_result"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        categories = self.categories.to_dict()

        category_applied_input_types = self.category_applied_input_types.to_dict()

        category_scores = self.category_scores.to_dict()

        flagged = self.flagged

        model = self.model

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "category_applied_input_types": category_applied_input_types,
                "category_scores": category_scores,
                "flagged": flagged,
                "model": model,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        categories = LiveModerationInputModerationResultCategories.from_dict(d.pop("categories"))

        category_applied_input_types = LiveModerationInputModerationResultCategoryAppliedInputTypes.from_dict(
            d.pop("category_applied_input_types")
        )

        category_scores = LiveModerationInputModerationResultCategoryScores.from_dict(d.pop("category_scores"))

        flagged = d.pop("flagged")

        model = d.pop("model")

        type_ = LiveModerationInputModerationResultType(d.pop("type"))

        live_moderation_input_moderation_result = cls(
            categories=categories,
            category_applied_input_types=category_applied_input_types,
            category_scores=category_scores,
            flagged=flagged,
            model=model,
            type_=type_,
        )

        live_moderation_input_moderation_result.additional_properties = d
        return live_moderation_input_moderation_result

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

    type: ClassVar[Literal["moderation_result"]] = "moderation_result"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""

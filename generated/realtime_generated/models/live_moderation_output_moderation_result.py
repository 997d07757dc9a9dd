from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_moderation_output_moderation_result_type import LiveModerationOutputModerationResultType

if TYPE_CHECKING:
    from ..models.live_moderation_output_moderation_result_categories import (
        LiveModerationOutputModerationResultCategories,
    )
    from ..models.live_moderation_output_moderation_result_category_applied_input_types import (
        LiveModerationOutputModerationResultCategoryAppliedInputTypes,
    )
    from ..models.live_moderation_output_moderation_result_category_scores import (
        LiveModerationOutputModerationResultCategoryScores,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_moderation_output_moderation_result_categories import (
        LiveModerationOutputModerationResultCategories,  # noqa: PLC0415
    )
    from ..models.live_moderation_output_moderation_result_category_applied_input_types import (
        LiveModerationOutputModerationResultCategoryAppliedInputTypes,  # noqa: PLC0415
    )
    from ..models.live_moderation_output_moderation_result_category_scores import (
        LiveModerationOutputModerationResultCategoryScores,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveModerationOutputModerationResultCategories": LiveModerationOutputModerationResultCategories,
            "LiveModerationOutputModerationResultCategoryAppliedInputTypes": LiveModerationOutputModerationResultCategoryAppliedInputTypes,
            "LiveModerationOutputModerationResultCategoryScores": LiveModerationOutputModerationResultCategoryScores,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveModerationOutputModerationResult")


@_attrs_define
class LiveModerationOutputModerationResult:
    """A moderation result produced for the response input or output.

    Attributes:
        categories (LiveModerationOutputModerationResultCategories):
        category_applied_input_types (LiveModerationOutputModerationResultCategoryAppliedInputTypes):
        category_scores (LiveModerationOutputModerationResultCategoryScores):
        flagged (bool):
        model (str):
        type_ (LiveModerationOutputModerationResultType):
    """

    categories: LiveModerationOutputModerationResultCategories
    category_applied_input_types: LiveModerationOutputModerationResultCategoryAppliedInputTypes
    category_scores: LiveModerationOutputModerationResultCategoryScores
    flagged: bool
    model: str
    type_: LiveModerationOutputModerationResultType | Literal["moderation_result"]
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
        categories = LiveModerationOutputModerationResultCategories.from_dict(d.pop("categories"))

        category_applied_input_types = LiveModerationOutputModerationResultCategoryAppliedInputTypes.from_dict(
            d.pop("category_applied_input_types")
        )

        category_scores = LiveModerationOutputModerationResultCategoryScores.from_dict(d.pop("category_scores"))

        flagged = d.pop("flagged")

        model = d.pop("model")

        type_ = LiveModerationOutputModerationResultType(d.pop("type"))

        live_moderation_output_moderation_result = cls(
            categories=categories,
            category_applied_input_types=category_applied_input_types,
            category_scores=category_scores,
            flagged=flagged,
            model=model,
            type_=type_,
        )

        live_moderation_output_moderation_result.additional_properties = d
        return live_moderation_output_moderation_result

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_image_generation_svg_reasoning import LiveImageGenerationSvgReasoning


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_image_generation_svg_reasoning import LiveImageGenerationSvgReasoning  # noqa: PLC0415

    globals().update(
        {
            "LiveImageGenerationSvgReasoning": LiveImageGenerationSvgReasoning,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveImageGenerationSvg")


@_attrs_define
class LiveImageGenerationSvg:
    """SVG author model settings.

    Requires `output_format` to be `svg`.
    When SVG model selection is enabled, omitting this object uses the
    outer response model. Otherwise, the default SVG author is used and
    explicit model overrides are unavailable.

        Attributes:
            model (None | str | Unset):
            reasoning (LiveImageGenerationSvgReasoning | None | Unset):
    """

    model: None | str | Unset = UNSET
    reasoning: LiveImageGenerationSvgReasoning | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, LiveImageGenerationSvgReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        model = _parse_model(d.pop("model", UNSET))

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        live_image_generation_svg = cls(
            model=model,
            reasoning=reasoning,
        )

        live_image_generation_svg.additional_properties = d
        return live_image_generation_svg

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


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_reasoning(data: object) -> LiveImageGenerationSvgReasoning | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        reasoning_type_0 = LiveImageGenerationSvgReasoning.from_dict(data)

        return reasoning_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationSvgReasoning | None | Unset, data)

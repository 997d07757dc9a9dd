from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_image_generation_action import LiveImageGenerationAction
from ..models.live_image_generation_background import LiveImageGenerationBackground
from ..models.live_image_generation_complexity import LiveImageGenerationComplexity
from ..models.live_image_generation_input_fidelity import LiveImageGenerationInputFidelity
from ..models.live_image_generation_model import LiveImageGenerationModel
from ..models.live_image_generation_moderation import LiveImageGenerationModeration
from ..models.live_image_generation_output_format import LiveImageGenerationOutputFormat
from ..models.live_image_generation_quality import LiveImageGenerationQuality
from ..models.live_image_generation_size import LiveImageGenerationSize
from ..models.live_image_generation_type import LiveImageGenerationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_image_generation_input_image_mask import LiveImageGenerationInputImageMask
    from ..models.live_image_generation_svg import LiveImageGenerationSvg


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_image_generation_input_image_mask import LiveImageGenerationInputImageMask  # noqa: PLC0415
    from ..models.live_image_generation_svg import LiveImageGenerationSvg  # noqa: PLC0415

    globals().update(
        {
            "LiveImageGenerationInputImageMask": LiveImageGenerationInputImageMask,
            "LiveImageGenerationSvg": LiveImageGenerationSvg,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveImageGeneration")


@_attrs_define
class LiveImageGeneration:
    """A tool that generates images using the GPT image models.

    Attributes:
        type_ (LiveImageGenerationType):
        action (LiveImageGenerationAction | None | Unset):
        background (LiveImageGenerationBackground | None | Unset):
        complexity (LiveImageGenerationComplexity | None | Unset):
        frame_count (int | None | Unset):
        frame_duration_ms (int | None | Unset):
        input_fidelity (LiveImageGenerationInputFidelity | None | Unset):
        input_image_mask (LiveImageGenerationInputImageMask | None | Unset):
        model (LiveImageGenerationModel | None | str | Unset):
        moderation (LiveImageGenerationModeration | None | Unset):
        output_compression (int | None | Unset):
        output_format (LiveImageGenerationOutputFormat | None | Unset):
        partial_images (int | None | Unset):
        quality (LiveImageGenerationQuality | None | Unset):
        size (LiveImageGenerationSize | None | str | Unset):
        svg (LiveImageGenerationSvg | None | Unset):
    """

    type_: LiveImageGenerationType | Literal["image_generation"]
    action: LiveImageGenerationAction | None | Unset = UNSET
    background: LiveImageGenerationBackground | None | Unset = UNSET
    complexity: LiveImageGenerationComplexity | None | Unset = UNSET
    frame_count: int | None | Unset = UNSET
    frame_duration_ms: int | None | Unset = UNSET
    input_fidelity: LiveImageGenerationInputFidelity | None | Unset = UNSET
    input_image_mask: LiveImageGenerationInputImageMask | None | Unset = UNSET
    model: LiveImageGenerationModel | None | str | Unset = UNSET
    moderation: LiveImageGenerationModeration | None | Unset = UNSET
    output_compression: int | None | Unset = UNSET
    output_format: LiveImageGenerationOutputFormat | None | Unset = UNSET
    partial_images: int | None | Unset = UNSET
    quality: LiveImageGenerationQuality | None | Unset = UNSET
    size: LiveImageGenerationSize | None | str | Unset = UNSET
    svg: LiveImageGenerationSvg | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, LiveImageGenerationAction):
            action = str(self.action)
        else:
            action = self.action

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, LiveImageGenerationBackground):
            background = str(self.background)
        else:
            background = self.background

        complexity: None | str | Unset
        if isinstance(self.complexity, Unset):
            complexity = UNSET
        elif isinstance(self.complexity, LiveImageGenerationComplexity):
            complexity = str(self.complexity)
        else:
            complexity = self.complexity

        frame_count: int | None | Unset
        if isinstance(self.frame_count, Unset):
            frame_count = UNSET
        else:
            frame_count = self.frame_count

        frame_duration_ms: int | None | Unset
        if isinstance(self.frame_duration_ms, Unset):
            frame_duration_ms = UNSET
        else:
            frame_duration_ms = self.frame_duration_ms

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, LiveImageGenerationInputFidelity):
            input_fidelity = str(self.input_fidelity)
        else:
            input_fidelity = self.input_fidelity

        input_image_mask: dict[str, Any] | None | Unset
        if isinstance(self.input_image_mask, Unset):
            input_image_mask = UNSET
        elif isinstance(self.input_image_mask, LiveImageGenerationInputImageMask):
            input_image_mask = self.input_image_mask.to_dict()
        else:
            input_image_mask = self.input_image_mask

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, LiveImageGenerationModel):
            model = str(self.model)
        else:
            model = self.model

        moderation: None | str | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, LiveImageGenerationModeration):
            moderation = str(self.moderation)
        else:
            moderation = self.moderation

        output_compression: int | None | Unset
        if isinstance(self.output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = self.output_compression

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, LiveImageGenerationOutputFormat):
            output_format = str(self.output_format)
        else:
            output_format = self.output_format

        partial_images: int | None | Unset
        if isinstance(self.partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = self.partial_images

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, LiveImageGenerationQuality):
            quality = str(self.quality)
        else:
            quality = self.quality

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, LiveImageGenerationSize):
            size = str(self.size)
        else:
            size = self.size

        svg: dict[str, Any] | None | Unset
        if isinstance(self.svg, Unset):
            svg = UNSET
        elif isinstance(self.svg, LiveImageGenerationSvg):
            svg = self.svg.to_dict()
        else:
            svg = self.svg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if background is not UNSET:
            field_dict["background"] = background
        if complexity is not UNSET:
            field_dict["complexity"] = complexity
        if frame_count is not UNSET:
            field_dict["frame_count"] = frame_count
        if frame_duration_ms is not UNSET:
            field_dict["frame_duration_ms"] = frame_duration_ms
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask
        if model is not UNSET:
            field_dict["model"] = model
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if svg is not UNSET:
            field_dict["svg"] = svg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveImageGenerationType(d.pop("type"))

        action = _parse_action(d.pop("action", UNSET))

        background = _parse_background(d.pop("background", UNSET))

        complexity = _parse_complexity(d.pop("complexity", UNSET))

        frame_count = _parse_frame_count(d.pop("frame_count", UNSET))

        frame_duration_ms = _parse_frame_duration_ms(d.pop("frame_duration_ms", UNSET))

        input_fidelity = _parse_input_fidelity(d.pop("input_fidelity", UNSET))

        input_image_mask = _parse_input_image_mask(d.pop("input_image_mask", UNSET))

        model = _parse_model(d.pop("model", UNSET))

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        output_compression = _parse_output_compression(d.pop("output_compression", UNSET))

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        partial_images = _parse_partial_images(d.pop("partial_images", UNSET))

        quality = _parse_quality(d.pop("quality", UNSET))

        size = _parse_size(d.pop("size", UNSET))

        svg = _parse_svg(d.pop("svg", UNSET))

        live_image_generation = cls(
            type_=type_,
            action=action,
            background=background,
            complexity=complexity,
            frame_count=frame_count,
            frame_duration_ms=frame_duration_ms,
            input_fidelity=input_fidelity,
            input_image_mask=input_image_mask,
            model=model,
            moderation=moderation,
            output_compression=output_compression,
            output_format=output_format,
            partial_images=partial_images,
            quality=quality,
            size=size,
            svg=svg,
        )

        live_image_generation.additional_properties = d
        return live_image_generation

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

    type: ClassVar[Literal["image_generation"]] = "image_generation"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_action(data: object) -> LiveImageGenerationAction | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        action_type_0 = LiveImageGenerationAction(data)

        return action_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationAction | None | Unset, data)


def _parse_background(data: object) -> LiveImageGenerationBackground | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        background_type_0 = LiveImageGenerationBackground(data)

        return background_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationBackground | None | Unset, data)


def _parse_complexity(data: object) -> LiveImageGenerationComplexity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        complexity_type_0 = LiveImageGenerationComplexity(data)

        return complexity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationComplexity | None | Unset, data)


def _parse_frame_count(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_frame_duration_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_input_fidelity(data: object) -> LiveImageGenerationInputFidelity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        input_fidelity_type_0 = LiveImageGenerationInputFidelity(data)

        return input_fidelity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationInputFidelity | None | Unset, data)


def _parse_input_image_mask(data: object) -> LiveImageGenerationInputImageMask | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_image_mask_type_0 = LiveImageGenerationInputImageMask.from_dict(data)

        return input_image_mask_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationInputImageMask | None | Unset, data)


def _parse_model(data: object) -> LiveImageGenerationModel | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = LiveImageGenerationModel(data)

        return model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationModel | None | str | Unset, data)


def _parse_moderation(data: object) -> LiveImageGenerationModeration | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        moderation_type_0 = LiveImageGenerationModeration(data)

        return moderation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationModeration | None | Unset, data)


def _parse_output_compression(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_output_format(data: object) -> LiveImageGenerationOutputFormat | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_format_type_0 = LiveImageGenerationOutputFormat(data)

        return output_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationOutputFormat | None | Unset, data)


def _parse_partial_images(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_quality(data: object) -> LiveImageGenerationQuality | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quality_type_0 = LiveImageGenerationQuality(data)

        return quality_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationQuality | None | Unset, data)


def _parse_size(data: object) -> LiveImageGenerationSize | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_1 = LiveImageGenerationSize(data)

        return size_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationSize | None | str | Unset, data)


def _parse_svg(data: object) -> LiveImageGenerationSvg | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        svg_type_0 = LiveImageGenerationSvg.from_dict(data)

        return svg_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationSvg | None | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_image_generation_call_action import LiveImageGenerationCallAction
from ..models.live_image_generation_call_background import LiveImageGenerationCallBackground
from ..models.live_image_generation_call_output_format import LiveImageGenerationCallOutputFormat
from ..models.live_image_generation_call_quality import LiveImageGenerationCallQuality
from ..models.live_image_generation_call_size import LiveImageGenerationCallSize
from ..models.live_image_generation_call_status import LiveImageGenerationCallStatus
from ..models.live_image_generation_call_type import LiveImageGenerationCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_image_generation_call_error import LiveImageGenerationCallError
    from ..models.live_image_generation_call_svg_usage import LiveImageGenerationCallSvgUsage


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_image_generation_call_error import LiveImageGenerationCallError  # noqa: PLC0415
    from ..models.live_image_generation_call_svg_usage import LiveImageGenerationCallSvgUsage  # noqa: PLC0415

    globals().update(
        {
            "LiveImageGenerationCallError": LiveImageGenerationCallError,
            "LiveImageGenerationCallSvgUsage": LiveImageGenerationCallSvgUsage,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveImageGenerationCall")


@_attrs_define
class LiveImageGenerationCall:
    """An image generation request made by the model.

    Attributes:
        id (str):
        status (LiveImageGenerationCallStatus):
        type_ (LiveImageGenerationCallType):
        result (None | str | Unset):
        action (LiveImageGenerationCallAction | None | Unset):
        background (LiveImageGenerationCallBackground | None | Unset):
        error (LiveImageGenerationCallError | None | Unset):
        output_format (LiveImageGenerationCallOutputFormat | None | Unset):
        quality (LiveImageGenerationCallQuality | None | Unset):
        revised_prompt (None | str | Unset):
        size (LiveImageGenerationCallSize | None | str | Unset):
        svg_usage (LiveImageGenerationCallSvgUsage | None | Unset):
    """

    id: str
    status: LiveImageGenerationCallStatus
    type_: LiveImageGenerationCallType | Literal["image_generation_call"]
    result: None | str | Unset = UNSET
    action: LiveImageGenerationCallAction | None | Unset = UNSET
    background: LiveImageGenerationCallBackground | None | Unset = UNSET
    error: LiveImageGenerationCallError | None | Unset = UNSET
    output_format: LiveImageGenerationCallOutputFormat | None | Unset = UNSET
    quality: LiveImageGenerationCallQuality | None | Unset = UNSET
    revised_prompt: None | str | Unset = UNSET
    size: LiveImageGenerationCallSize | None | str | Unset = UNSET
    svg_usage: LiveImageGenerationCallSvgUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        status = str(self.status)

        type_ = str(self.type_)

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, LiveImageGenerationCallAction):
            action = str(self.action)
        else:
            action = self.action

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, LiveImageGenerationCallBackground):
            background = str(self.background)
        else:
            background = self.background

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, LiveImageGenerationCallError):
            error = self.error.to_dict()
        else:
            error = self.error

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, LiveImageGenerationCallOutputFormat):
            output_format = str(self.output_format)
        else:
            output_format = self.output_format

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, LiveImageGenerationCallQuality):
            quality = str(self.quality)
        else:
            quality = self.quality

        revised_prompt: None | str | Unset
        if isinstance(self.revised_prompt, Unset):
            revised_prompt = UNSET
        else:
            revised_prompt = self.revised_prompt

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, LiveImageGenerationCallSize):
            size = str(self.size)
        else:
            size = self.size

        svg_usage: dict[str, Any] | None | Unset
        if isinstance(self.svg_usage, Unset):
            svg_usage = UNSET
        elif isinstance(self.svg_usage, LiveImageGenerationCallSvgUsage):
            svg_usage = self.svg_usage.to_dict()
        else:
            svg_usage = self.svg_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if action is not UNSET:
            field_dict["action"] = action
        if background is not UNSET:
            field_dict["background"] = background
        if error is not UNSET:
            field_dict["error"] = error
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt
        if size is not UNSET:
            field_dict["size"] = size
        if svg_usage is not UNSET:
            field_dict["svg_usage"] = svg_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        status = LiveImageGenerationCallStatus(d.pop("status"))

        type_ = LiveImageGenerationCallType(d.pop("type"))

        result = _parse_result(d.pop("result", UNSET))

        action = _parse_action(d.pop("action", UNSET))

        background = _parse_background(d.pop("background", UNSET))

        error = _parse_error(d.pop("error", UNSET))

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        quality = _parse_quality(d.pop("quality", UNSET))

        revised_prompt = _parse_revised_prompt(d.pop("revised_prompt", UNSET))

        size = _parse_size(d.pop("size", UNSET))

        svg_usage = _parse_svg_usage(d.pop("svg_usage", UNSET))

        live_image_generation_call = cls(
            id=id,
            status=status,
            type_=type_,
            result=result,
            action=action,
            background=background,
            error=error,
            output_format=output_format,
            quality=quality,
            revised_prompt=revised_prompt,
            size=size,
            svg_usage=svg_usage,
        )

        live_image_generation_call.additional_properties = d
        return live_image_generation_call

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

    type: ClassVar[Literal["image_generation_call"]] = "image_generation_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_result(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_action(data: object) -> LiveImageGenerationCallAction | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        action_type_0 = LiveImageGenerationCallAction(data)

        return action_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationCallAction | None | Unset, data)


def _parse_background(data: object) -> LiveImageGenerationCallBackground | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        background_type_0 = LiveImageGenerationCallBackground(data)

        return background_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationCallBackground | None | Unset, data)


def _parse_error(data: object) -> LiveImageGenerationCallError | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = LiveImageGenerationCallError.from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationCallError | None | Unset, data)


def _parse_output_format(data: object) -> LiveImageGenerationCallOutputFormat | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_format_type_0 = LiveImageGenerationCallOutputFormat(data)

        return output_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationCallOutputFormat | None | Unset, data)


def _parse_quality(data: object) -> LiveImageGenerationCallQuality | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quality_type_0 = LiveImageGenerationCallQuality(data)

        return quality_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationCallQuality | None | Unset, data)


def _parse_revised_prompt(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_size(data: object) -> LiveImageGenerationCallSize | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_1 = LiveImageGenerationCallSize(data)

        return size_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationCallSize | None | str | Unset, data)


def _parse_svg_usage(data: object) -> LiveImageGenerationCallSvgUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        svg_usage_type_0 = LiveImageGenerationCallSvgUsage.from_dict(data)

        return svg_usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImageGenerationCallSvgUsage | None | Unset, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_output_text_type import LiveResponseOutputTextType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_annotation_container_file_citation import LiveAnnotationContainerFileCitation
    from ..models.live_annotation_file_citation import LiveAnnotationFileCitation
    from ..models.live_annotation_file_path import LiveAnnotationFilePath
    from ..models.live_annotation_url_citation import LiveAnnotationURLCitation
    from ..models.live_responses_response_output_text_logprob import LiveResponsesResponseOutputTextLogprob
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_annotation_container_file_citation import LiveAnnotationContainerFileCitation  # noqa: PLC0415
    from ..models.live_annotation_file_citation import LiveAnnotationFileCitation  # noqa: PLC0415
    from ..models.live_annotation_file_path import LiveAnnotationFilePath  # noqa: PLC0415
    from ..models.live_annotation_url_citation import LiveAnnotationURLCitation  # noqa: PLC0415
    from ..models.live_responses_response_output_text_logprob import LiveResponsesResponseOutputTextLogprob  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveAnnotationContainerFileCitation": LiveAnnotationContainerFileCitation,
            "LiveAnnotationFileCitation": LiveAnnotationFileCitation,
            "LiveAnnotationFilePath": LiveAnnotationFilePath,
            "LiveAnnotationURLCitation": LiveAnnotationURLCitation,
            "LiveResponsesResponseOutputTextLogprob": LiveResponsesResponseOutputTextLogprob,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseOutputText")


@_attrs_define
class LiveResponseOutputText:
    """A text output from the model.

    Attributes:
        annotations (list[LiveAnnotationContainerFileCitation | LiveAnnotationFileCitation | LiveAnnotationFilePath |
            LiveAnnotationURLCitation | RealtimeUnknownVariant]):
        text (str):
        type_ (LiveResponseOutputTextType):
        logprobs (list[LiveResponsesResponseOutputTextLogprob] | None | Unset):
    """

    annotations: list[
        LiveAnnotationContainerFileCitation
        | LiveAnnotationFileCitation
        | LiveAnnotationFilePath
        | LiveAnnotationURLCitation
        | RealtimeUnknownVariant
    ]
    text: str
    type_: LiveResponseOutputTextType | Literal["output_text"]
    logprobs: list[LiveResponsesResponseOutputTextLogprob] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item: dict[str, Any]
            if isinstance(annotations_item_data, LiveAnnotationFileCitation):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, LiveAnnotationURLCitation):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, LiveAnnotationContainerFileCitation):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, LiveAnnotationFilePath):
                annotations_item = annotations_item_data.to_dict()
            else:
                annotations_item = annotations_item_data.to_dict()

            annotations.append(annotations_item)

        text = self.text

        type_ = str(self.type_)

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "text": text,
                "type": type_,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = _parse_annotations_item(annotations_item_data)

            annotations.append(annotations_item)

        text = d.pop("text")

        type_ = LiveResponseOutputTextType(d.pop("type"))

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        live_response_output_text = cls(
            annotations=annotations,
            text=text,
            type_=type_,
            logprobs=logprobs,
        )

        live_response_output_text.additional_properties = d
        return live_response_output_text

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

    type: ClassVar[Literal["output_text"]] = "output_text"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_annotations_item(
    data: object,
) -> (
    LiveAnnotationContainerFileCitation
    | LiveAnnotationFileCitation
    | LiveAnnotationFilePath
    | LiveAnnotationURLCitation
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "file_citation":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        annotations_item_type_0 = LiveAnnotationFileCitation.from_dict(data)

        return annotations_item_type_0
    if isinstance(data, dict) and data.get("type") == "url_citation":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        annotations_item_type_1 = LiveAnnotationURLCitation.from_dict(data)

        return annotations_item_type_1
    if isinstance(data, dict) and data.get("type") == "container_file_citation":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        annotations_item_type_2 = LiveAnnotationContainerFileCitation.from_dict(data)

        return annotations_item_type_2
    if isinstance(data, dict) and data.get("type") == "file_path":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        annotations_item_type_3 = LiveAnnotationFilePath.from_dict(data)

        return annotations_item_type_3
    if not isinstance(data, dict):
        raise TypeError()
    annotations_item_type_4 = RealtimeUnknownVariant.from_dict(data)

    return annotations_item_type_4


def _parse_logprobs(data: object) -> list[LiveResponsesResponseOutputTextLogprob] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        logprobs_type_0 = []
        _logprobs_type_0 = data
        for logprobs_type_0_item_data in _logprobs_type_0:
            logprobs_type_0_item = LiveResponsesResponseOutputTextLogprob.from_dict(logprobs_type_0_item_data)

            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveResponsesResponseOutputTextLogprob] | None | Unset, data)

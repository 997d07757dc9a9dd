from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_file_search_tool_call_status import LiveResponseFileSearchToolCallStatus
from ..models.live_response_file_search_tool_call_type import LiveResponseFileSearchToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_result import LiveResult


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_result import LiveResult  # noqa: PLC0415

    globals().update(
        {
            "LiveResult": LiveResult,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseFileSearchToolCall")


@_attrs_define
class LiveResponseFileSearchToolCall:
    """The results of a file search tool call.

    See the
    [file search guide](https://developers.openai.com/api/docs/guides/tools-file-search) for more information.

        Attributes:
            id (str):
            queries (list[str]):
            status (LiveResponseFileSearchToolCallStatus):
            type_ (LiveResponseFileSearchToolCallType):
            results (list[LiveResult] | None | Unset):
    """

    id: str
    queries: list[str]
    status: LiveResponseFileSearchToolCallStatus
    type_: LiveResponseFileSearchToolCallType | Literal["file_search_call"]
    results: list[LiveResult] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        queries = self.queries

        status = str(self.status)

        type_ = str(self.type_)

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "queries": queries,
                "status": status,
                "type": type_,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        queries = cast(list[str], d.pop("queries"))

        status = LiveResponseFileSearchToolCallStatus(d.pop("status"))

        type_ = LiveResponseFileSearchToolCallType(d.pop("type"))

        results = _parse_results(d.pop("results", UNSET))

        live_response_file_search_tool_call = cls(
            id=id,
            queries=queries,
            status=status,
            type_=type_,
            results=results,
        )

        live_response_file_search_tool_call.additional_properties = d
        return live_response_file_search_tool_call

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

    type: ClassVar[Literal["file_search_call"]] = "file_search_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_results(data: object) -> list[LiveResult] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        results_type_0 = []
        _results_type_0 = data
        for results_type_0_item_data in _results_type_0:
            results_type_0_item = LiveResult.from_dict(results_type_0_item_data)

            results_type_0.append(results_type_0_item)

        return results_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveResult] | None | Unset, data)

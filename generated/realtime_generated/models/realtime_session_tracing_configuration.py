from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_tracing_configuration_metadata import RealtimeSessionTracingConfigurationMetadata


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_session_tracing_configuration_metadata import RealtimeSessionTracingConfigurationMetadata  # noqa: PLC0415

    globals().update(
        {
            "RealtimeSessionTracingConfigurationMetadata": RealtimeSessionTracingConfigurationMetadata,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeSessionTracingConfiguration")


@_attrs_define
class RealtimeSessionTracingConfiguration:
    """Granular configuration for tracing.

    Attributes:
        workflow_name (None | str | Unset): The name of the workflow to attach to this trace. This is used to
            name the trace in the traces dashboard.
        group_id (None | str | Unset): The group id to attach to this trace to enable filtering and
            grouping in the traces dashboard.
        metadata (None | RealtimeSessionTracingConfigurationMetadata | Unset): The arbitrary metadata to attach to this
            trace to enable
            filtering in the traces dashboard.
    """

    workflow_name: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    metadata: None | RealtimeSessionTracingConfigurationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        workflow_name: None | str | Unset
        if isinstance(self.workflow_name, Unset):
            workflow_name = UNSET
        else:
            workflow_name = self.workflow_name

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RealtimeSessionTracingConfigurationMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        workflow_name = _parse_workflow_name(d.pop("workflow_name", UNSET))

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        realtime_session_tracing_configuration = cls(
            workflow_name=workflow_name,
            group_id=group_id,
            metadata=metadata,
        )

        realtime_session_tracing_configuration.additional_properties = d
        return realtime_session_tracing_configuration

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


def _parse_workflow_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_group_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_metadata(data: object) -> None | RealtimeSessionTracingConfigurationMetadata | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = RealtimeSessionTracingConfigurationMetadata.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionTracingConfigurationMetadata | Unset, data)

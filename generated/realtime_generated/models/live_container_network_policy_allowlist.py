from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_container_network_policy_allowlist_type import LiveContainerNetworkPolicyAllowlistType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_container_network_policy_domain_secret import LiveContainerNetworkPolicyDomainSecret


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_container_network_policy_domain_secret import LiveContainerNetworkPolicyDomainSecret  # noqa: PLC0415

    globals().update(
        {
            "LiveContainerNetworkPolicyDomainSecret": LiveContainerNetworkPolicyDomainSecret,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveContainerNetworkPolicyAllowlist")


@_attrs_define
class LiveContainerNetworkPolicyAllowlist:
    """
    Attributes:
        allowed_domains (list[str]):
        type_ (LiveContainerNetworkPolicyAllowlistType):
        domain_secrets (list[LiveContainerNetworkPolicyDomainSecret] | None | Unset):
    """

    allowed_domains: list[str]
    type_: LiveContainerNetworkPolicyAllowlistType | Literal["allowlist"]
    domain_secrets: list[LiveContainerNetworkPolicyDomainSecret] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        allowed_domains = self.allowed_domains

        type_ = str(self.type_)

        domain_secrets: list[dict[str, Any]] | None | Unset
        if isinstance(self.domain_secrets, Unset):
            domain_secrets = UNSET
        elif isinstance(self.domain_secrets, list):
            domain_secrets = []
            for domain_secrets_type_0_item_data in self.domain_secrets:
                domain_secrets_type_0_item = domain_secrets_type_0_item_data.to_dict()
                domain_secrets.append(domain_secrets_type_0_item)

        else:
            domain_secrets = self.domain_secrets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_domains": allowed_domains,
                "type": type_,
            }
        )
        if domain_secrets is not UNSET:
            field_dict["domain_secrets"] = domain_secrets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        allowed_domains = cast(list[str], d.pop("allowed_domains"))

        type_ = LiveContainerNetworkPolicyAllowlistType(d.pop("type"))

        domain_secrets = _parse_domain_secrets(d.pop("domain_secrets", UNSET))

        live_container_network_policy_allowlist = cls(
            allowed_domains=allowed_domains,
            type_=type_,
            domain_secrets=domain_secrets,
        )

        live_container_network_policy_allowlist.additional_properties = d
        return live_container_network_policy_allowlist

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

    type: ClassVar[Literal["allowlist"]] = "allowlist"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_domain_secrets(data: object) -> list[LiveContainerNetworkPolicyDomainSecret] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        domain_secrets_type_0 = []
        _domain_secrets_type_0 = data
        for domain_secrets_type_0_item_data in _domain_secrets_type_0:
            domain_secrets_type_0_item = LiveContainerNetworkPolicyDomainSecret.from_dict(
                domain_secrets_type_0_item_data
            )

            domain_secrets_type_0.append(domain_secrets_type_0_item)

        return domain_secrets_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveContainerNetworkPolicyDomainSecret] | None | Unset, data)

from enum import StrEnum


class LiveContainerNetworkPolicyAllowlistType(StrEnum):
    ALLOWLIST = "allowlist"

    def __str__(self) -> str:
        return str(self.value)

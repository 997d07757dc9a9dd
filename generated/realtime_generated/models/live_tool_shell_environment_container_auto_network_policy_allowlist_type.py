from enum import StrEnum


class LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlistType(StrEnum):
    ALLOWLIST = "allowlist"

    def __str__(self) -> str:
        return str(self.value)

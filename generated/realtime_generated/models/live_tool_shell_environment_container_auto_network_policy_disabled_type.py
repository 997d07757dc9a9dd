from enum import StrEnum


class LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabledType(StrEnum):
    DISABLED = "disabled"

    def __str__(self) -> str:
        return str(self.value)

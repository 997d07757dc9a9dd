from enum import StrEnum


class LiveContainerNetworkPolicyDisabledType(StrEnum):
    DISABLED = "disabled"

    def __str__(self) -> str:
        return str(self.value)

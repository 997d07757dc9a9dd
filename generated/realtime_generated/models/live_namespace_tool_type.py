from enum import StrEnum


class LiveNamespaceToolType(StrEnum):
    NAMESPACE = "namespace"

    def __str__(self) -> str:
        return str(self.value)

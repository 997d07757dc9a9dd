from enum import StrEnum


class LiveToolSearchOutputNamespaceToolType(StrEnum):
    NAMESPACE = "namespace"

    def __str__(self) -> str:
        return str(self.value)

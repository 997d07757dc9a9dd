from enum import StrEnum


class LiveToolNamespaceType(StrEnum):
    NAMESPACE = "namespace"

    def __str__(self) -> str:
        return str(self.value)

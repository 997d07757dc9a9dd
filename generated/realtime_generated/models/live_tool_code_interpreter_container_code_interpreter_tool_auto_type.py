from enum import StrEnum


class LiveToolCodeInterpreterContainerCodeInterpreterToolAutoType(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)

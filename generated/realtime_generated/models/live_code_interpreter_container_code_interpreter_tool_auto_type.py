from enum import StrEnum


class LiveCodeInterpreterContainerCodeInterpreterToolAutoType(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)

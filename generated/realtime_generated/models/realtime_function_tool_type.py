from enum import StrEnum


class RealtimeFunctionToolType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)

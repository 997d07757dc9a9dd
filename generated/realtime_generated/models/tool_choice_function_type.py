from enum import StrEnum


class ToolChoiceFunctionType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LiveToolChoiceFunctionType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LiveToolFunctionType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)

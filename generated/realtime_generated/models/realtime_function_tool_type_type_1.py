from enum import StrEnum


class RealtimeFunctionToolTypeType1(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)

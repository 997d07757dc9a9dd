from enum import StrEnum


class LiveResponsesFunctionToolType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LiveModerationInputErrorType(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)

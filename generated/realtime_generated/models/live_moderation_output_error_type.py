from enum import StrEnum


class LiveModerationOutputErrorType(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)

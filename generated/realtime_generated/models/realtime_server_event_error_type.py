from enum import StrEnum


class RealtimeServerEventErrorType(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class RealtimeBetaServerEventErrorType(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)

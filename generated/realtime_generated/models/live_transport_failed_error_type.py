from enum import StrEnum


class LiveTransportFailedErrorType(StrEnum):
    CALL_ERROR = "call_error"

    def __str__(self) -> str:
        return str(self.value)

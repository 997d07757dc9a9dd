from enum import StrEnum


class RealtimeMCPProtocolErrorType(StrEnum):
    PROTOCOL_ERROR = "protocol_error"

    def __str__(self) -> str:
        return str(self.value)

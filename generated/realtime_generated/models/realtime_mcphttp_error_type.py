from enum import StrEnum


class RealtimeMCPHTTPErrorType(StrEnum):
    HTTP_ERROR = "http_error"

    def __str__(self) -> str:
        return str(self.value)

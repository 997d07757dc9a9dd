from enum import StrEnum


class LiveHTTPErrorType(StrEnum):
    HTTP_ERROR = "http_error"

    def __str__(self) -> str:
        return str(self.value)

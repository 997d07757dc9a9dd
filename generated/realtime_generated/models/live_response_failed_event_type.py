from enum import StrEnum


class LiveResponseFailedEventType(StrEnum):
    RESPONSE_FAILED = "response.failed"

    def __str__(self) -> str:
        return str(self.value)

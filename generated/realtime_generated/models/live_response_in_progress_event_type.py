from enum import StrEnum


class LiveResponseInProgressEventType(StrEnum):
    RESPONSE_IN_PROGRESS = "response.in_progress"

    def __str__(self) -> str:
        return str(self.value)

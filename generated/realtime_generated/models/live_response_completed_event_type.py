from enum import StrEnum


class LiveResponseCompletedEventType(StrEnum):
    RESPONSE_COMPLETED = "response.completed"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LiveResponseEventType(StrEnum):
    RESPONSE_EVENT = "response.event"

    def __str__(self) -> str:
        return str(self.value)

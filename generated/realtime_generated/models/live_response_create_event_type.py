from enum import StrEnum


class LiveResponseCreateEventType(StrEnum):
    RESPONSE_CREATE = "response.create"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class RealtimeServerEventResponseCreatedType(StrEnum):
    RESPONSE_CREATED = "response.created"

    def __str__(self) -> str:
        return str(self.value)

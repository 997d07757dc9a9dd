from enum import StrEnum


class RealtimeClientEventResponseCancelType(StrEnum):
    RESPONSE_CANCEL = "response.cancel"

    def __str__(self) -> str:
        return str(self.value)

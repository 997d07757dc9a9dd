from enum import StrEnum


class RealtimeServerEventResponseDoneType(StrEnum):
    RESPONSE_DONE = "response.done"

    def __str__(self) -> str:
        return str(self.value)

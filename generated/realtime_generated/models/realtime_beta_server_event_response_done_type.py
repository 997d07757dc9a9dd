from enum import StrEnum


class RealtimeBetaServerEventResponseDoneType(StrEnum):
    RESPONSE_DONE = "response.done"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LiveTransportAnsweredType(StrEnum):
    TRANSPORT_ANSWERED = "transport.answered"

    def __str__(self) -> str:
        return str(self.value)

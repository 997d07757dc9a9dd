from enum import StrEnum


class LiveTransportRingingType(StrEnum):
    TRANSPORT_RINGING = "transport.ringing"

    def __str__(self) -> str:
        return str(self.value)

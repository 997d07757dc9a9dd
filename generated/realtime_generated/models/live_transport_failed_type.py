from enum import StrEnum


class LiveTransportFailedType(StrEnum):
    TRANSPORT_FAILED = "transport.failed"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LiveTransportDtmfReceivedType(StrEnum):
    TRANSPORT_DTMF_RECEIVED = "transport.dtmf.received"

    def __str__(self) -> str:
        return str(self.value)

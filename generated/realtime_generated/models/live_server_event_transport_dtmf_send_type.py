from enum import StrEnum


class LiveServerEventTransportDtmfSendType(StrEnum):
    TRANSPORT_DTMF_SEND = "transport.dtmf.send"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LiveTransportDtmfSentType(StrEnum):
    TRANSPORT_DTMF_SENT = "transport.dtmf.sent"

    def __str__(self) -> str:
        return str(self.value)

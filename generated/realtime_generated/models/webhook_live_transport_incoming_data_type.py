from enum import StrEnum


class WebhookLiveTransportIncomingDataType(StrEnum):
    SIP = "sip"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class WebhookLiveTransportIncomingType(StrEnum):
    LIVE_TRANSPORT_INCOMING = "live.transport.incoming"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class WebhookLiveTransportConnectedType(StrEnum):
    LIVE_TRANSPORT_CONNECTED = "live.transport.connected"

    def __str__(self) -> str:
        return str(self.value)

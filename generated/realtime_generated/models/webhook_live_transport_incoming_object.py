from enum import StrEnum


class WebhookLiveTransportIncomingObject(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)

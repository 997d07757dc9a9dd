from enum import StrEnum


class WebhookLiveTransportConnectedObject(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class WebhookRealtimeCallIncomingObject(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)

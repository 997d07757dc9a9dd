from enum import StrEnum


class WebhookRealtimeCallIncomingObjectType1(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
